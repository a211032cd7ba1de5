#pragma once

// The Qt Widgets headers most of ui/'s files include, precompiled once for
// cnnlab_ui (ui/CMakeLists.txt): parsing them was about half of a small widget
// file's compile time (ElidedLabel.cpp 2.6 s -> 1.4 s, KernelView.cpp
// 5.3 s -> 3.1 s; the header itself takes 9 s once). Only Qt here, and only
// headers that many of the files include; every source still includes what it
// uses, so it builds without the PCH too. The widget tests do not use it: their
// time goes to Qt Test's macros, and a PCH saved them under 1 s each.

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QList>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QString>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>
