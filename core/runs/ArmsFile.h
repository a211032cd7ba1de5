#pragma once

// A comparison's arms written by hand (cnnlab-cli compare --arms FILE.json):
//
//   [{"name": "SGD",  "model": "A"},
//    {"name": "Adam", "model": "A", "training": {"optimizer": "adam", "learningRate": 0.001}},
//    {"name": "wide", "spec": {...architecture JSON...}}]
//
// or the same list as {"arms": [...]}. Each arm has a name, exactly one of
// "model" (a preset: A, B, C or FNN) and "spec" (an architecture), and optionally
// "training" (ArmSettings: what it trains differently). Torch-free.

#include <optional>
#include <vector>

#include <QByteArray>
#include <QString>

#include "runs/ComparisonPlan.h"

namespace cnnlab {

namespace ArmsFile {

constexpr qint64 MaxFileBytes = 1024 * 1024;

// Strict; *error names the arm and key ("arms[1].training.optimizer: expected
// sgd, momentum or adam, got \"adamw\"").
std::optional<std::vector<ComparisonModel>> parse(const QByteArray &json, QString *error);
// Reads at most MaxFileBytes; messages start with the file's name.
std::optional<std::vector<ComparisonModel>> load(const QString &path, QString *error);

} // namespace ArmsFile

} // namespace cnnlab
