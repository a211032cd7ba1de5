#pragma once

// The LibTorch headers that core's torch .cpp files (and the core tests that
// use torch) include, precompiled once per target family (see
// core/CMakeLists.txt and tests/CMakeLists.txt): parsing them took about 20 s
// of each such file's 30 s. Only torch and the standard library here: Qt's
// headers are cheap and their `slots` keyword must stay out of this header.
// Every source still includes what it uses, so it builds without the PCH too.

#include <torch/nn/functional/loss.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/optim/adam.h>
#include <torch/optim/sgd.h>
#include <torch/serialize.h>
#include <torch/utils.h>

#include <caffe2/serialize/inline_container.h>
#include <torch/csrc/jit/serialization/export.h>
#include <torch/csrc/jit/serialization/import_read.h>
#include <torch/csrc/jit/serialization/pickler.h>
#include <torch/csrc/jit/serialization/storage_context.h>
#include <torch/csrc/jit/serialization/unpickler.h>
