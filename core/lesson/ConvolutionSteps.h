#pragma once

// The lesson's convolution and pooling worked through by hand, number by
// number, for the Inside page's explainers: the zero-padded input, every
// window's element-wise products and their sum, the output cell it fills;
// max and average pooling on the same windows; and the same convolution as
// one matrix product with the kernel unrolled into a doubly block Toeplitz
// matrix. Plain C++ on purpose (no torch): the point is to show every number,
// and the tests check each one against LibTorch's conv2d and pooling.

#include <vector>

#include <QString>
#include <QStringList>

namespace cnnlab {

// A small row-major matrix of numbers.
struct Grid
{
    int rows = 0;
    int cols = 0;
    std::vector<float> values; // rows * cols

    Grid() = default;
    Grid(int r, int c, float fill = 0.f) : rows(r), cols(c), values(size_t(r) * size_t(c), fill) {}
    Grid(int r, int c, std::vector<float> v) : rows(r), cols(c), values(std::move(v)) {}
    float at(int r, int c) const { return values[size_t(r) * size_t(cols) + size_t(c)]; }
    float &at(int r, int c) { return values[size_t(r) * size_t(cols) + size_t(c)]; }
    bool isEmpty() const { return rows <= 0 || cols <= 0; }
};

// One position of the kernel: the padded-input window under it and what it makes.
struct ConvWindow
{
    int outRow = 0;
    int outCol = 0;
    int top = 0;   // the window's first row in the padded input
    int left = 0;  // its first column
    std::vector<float> inputs;   // K*K values under the kernel, row-major
    std::vector<float> products; // inputs[i] * kernel[i]
    float sum = 0;               // sum of the products plus the bias: the output cell
};

struct ConvolutionSteps
{
    bool valid = false;
    QString error;        // why nothing was computed
    Grid input;
    Grid kernel;          // square K x K
    int padding = 0;
    int stride = 1;
    float bias = 0;
    Grid padded;          // input with `padding` zeros on every side
    Grid output;
    std::vector<ConvWindow> windows; // in output order, row by row
    QString formulaRows;  // "(6 - 3 + 2*1)/1 + 1 = 6"
    QString formulaCols;
};

// Limits of the explainers: big enough for a 28x28 image, small enough to show.
constexpr int MaxExplainerInput = 28;
constexpr int MaxExplainerKernel = 7;
constexpr int MaxExplainerPadding = 3;
constexpr int MaxExplainerStride = 3;

// Square kernel over `input` with zero padding; fails (valid false, error set)
// when the kernel is not square, sizes are out of range or the output would be empty.
ConvolutionSteps computeConvolutionSteps(const Grid &input, const Grid &kernel, int padding, int stride,
                                         float bias = 0);

struct PoolWindow
{
    int outRow = 0;
    int outCol = 0;
    int top = 0;
    int left = 0;
    std::vector<float> inputs; // K*K values, row-major
    int argmax = 0;            // index into inputs of the (first) largest value
    float max = 0;
    float mean = 0;
};

struct PoolingSteps
{
    bool valid = false;
    QString error;
    Grid input;
    int kernel = 2;
    int stride = 2;
    Grid maxOutput;
    Grid avgOutput;
    std::vector<PoolWindow> windows;
    QString formulaRows; // "(6 - 2)/2 + 1 = 3"
    QString formulaCols;
};

// Max and average pooling (no padding, floor) of `input` on the same windows.
PoolingSteps computePoolingSteps(const Grid &input, int kernel, int stride);

// The Toeplitz view's limits (the matrix must fit on a screen).
constexpr int MaxToeplitzInput = 6;
constexpr int MaxToeplitzKernel = 3;

struct ToeplitzSteps
{
    bool valid = false;
    QString error;
    ConvolutionSteps sliding;   // the same convolution, window by window
    // (outRows*outCols) x (paddedRows*paddedCols): row o holds the kernel at
    // the places of window o's pixels in the flattened padded input, zeros
    // elsewhere. Block (i, p) of size outCols x paddedCols is a Toeplitz
    // matrix made from kernel row p - i*stride (zero when out of range).
    Grid matrix;
    std::vector<float> flatInput; // the padded input, row by row
    std::vector<float> product;   // matrix * flatInput (+ bias)
    Grid output;                  // product reshaped to outRows x outCols
    bool equalsSliding = false;   // output == sliding.output number for number
    float maxDifference = 0;
};

ToeplitzSteps computeToeplitz(const Grid &input, const Grid &kernel, int padding, int stride, float bias = 0);

// Classic kernels for the explainer: "edge" (Laplacian), "vertical edge"
// (Sobel x), "horizontal edge" (Sobel y), "blur" (box), "sharpen".
// `size` 3 for all; blur also 5. Empty grid for an unknown name.
Grid classicKernel(const QString &name, int size = 3);
QStringList classicKernelNames();

// A size x size crop of a row-major `width` x `height` image at (top, left), clamped inside.
Grid cropImage(const std::vector<float> &image, int width, int height, int top, int left, int size);

} // namespace cnnlab
