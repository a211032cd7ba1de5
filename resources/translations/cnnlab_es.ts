<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ColumnSources</name>
    <message>
        <location filename="../../ui/draw/ColumnSources.cpp" line="+49"/>
        <source>1 iteration</source>
        <translation>1 iteración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 iterations</source>
        <translation>%1 iteraciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no network</source>
        <translation>ninguna red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the trained network (%1)</source>
        <translation>la red entrenada (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network being trained (live)</source>
        <translation>la red en entrenamiento (en vivo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loaded: %1</source>
        <translation>cargados: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped Model %1</source>
        <translation>Modelo %1 incluido</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No network is training yet</source>
        <translation>Todavía no se está entrenando ninguna red</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No weights loaded</source>
        <translation>No hay pesos cargados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model %1 could not be loaded: %2</source>
        <translation>No se pudo cargar el Modelo %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not shipped</source>
        <translation>no incluido</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The network gave no answer</source>
        <translation>La red no dio ninguna respuesta</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../core/drawing/LabelledDrawingSet.cpp" line="+18"/>
        <source>%1: not a folder</source>
        <translation>%1: no es una carpeta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: more than %2 drawings; choose the folder of one class set</source>
        <translation>%1: más de %2 dibujos; elegir la carpeta de los dibujos de una sola clase</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: no ink</source>
        <translation>%1: sin tinta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no labelled drawing (*.json with a &quot;label&quot;)</source>
        <translation>%1 no contiene ningún dibujo etiquetado (*.json con un &quot;label&quot;)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n file(s) could not be read, the first: %1</source>
        <translation>
            <numerusform>; no se pudo leer %n archivo: %1</numerusform>
            <numerusform>; no se pudieron leer %n archivos, el primero: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareCurves.cpp" line="+38"/>
        <source>Iteration</source>
        <translation>Iteración</translation>
    </message>
    <message>
        <location filename="../../ui/design/ArchitecturePanel.cpp" line="+28"/>
        <source>Model A: 2 conv layers with same padding (P = 2) and 2 max pooling layers, then 1 fully connected layer (1568 → 10). Lesson: 97.04% after 3000 iterations.</source>
        <translation>Modelo A: 2 capas conv con relleno «same» (P = 2) y 2 capas de max pooling, y después 1 capa totalmente conectada (1568 → 10). Lección: 97,04% tras 3000 iteraciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model B: like Model A, but with 2 average pooling layers. Lesson: 93.59% after 3000 iterations.</source>
        <translation>Modelo B: como el Modelo A, pero con 2 capas de average pooling. Lección: 93,59% tras 3000 iteraciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model C: 2 conv layers with valid padding (P = 0, smaller output) and 2 max pooling layers, then 1 fully connected layer (512 → 10). Lesson: 96.5%.</source>
        <translation>Modelo C: 2 capas conv con relleno «valid» (P = 0, salida más pequeña) y 2 capas de max pooling, y después 1 capa totalmente conectada (512 → 10). Lección: 96,5%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FNN: the feedforward network the lesson starts from: no convolution, the 28×28 pixels flattened into 784 inputs, a hidden layer of 100, then 10 outputs.</source>
        <translation>FNN: la red feedforward con la que empieza la lección: sin convolución, los 28×28 píxeles aplanados en 784 entradas, una capa oculta de 100 y luego 10 salidas.</translation>
    </message>
    <message>
        <location filename="../../ui/design/DimensionView.cpp" line="+22"/>
        <source>convolution %1×%1, stride %2, padding %3</source>
        <translation>convolución %1×%1, paso %2, relleno %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch norm: each channel to mean 0, variance 1, then scaled and shifted</source>
        <translation>batch norm: cada canal a media 0, varianza 1, luego escalado y desplazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pooling %1×%1, stride %2</source>
        <translation>pooling %1×%1, paso %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropout: zeroes %1 % of the values at random while training</source>
        <translation>dropout: pone a 0 al azar el %1 % de los valores al entrenar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fully connected (affine function)</source>
        <translation>totalmente conectada (función afín)</translation>
    </message>
    <message>
        <location filename="../../ui/inside/ColorMaps.cpp" line="+102"/>
        <source>Viridis (colour-blind safe)</source>
        <translation>Viridis (apto para daltónicos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cividis (colour-blind safe)</source>
        <translation>Cividis (apto para daltónicos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic (inferno-like)</source>
        <translation>Clásico (tipo inferno)</translation>
    </message>
    <message>
        <location filename="../../ui/inside/ConvolutionExplainer.cpp" line="+37"/>
        <source>Convolution: input, kernel and products</source>
        <translation>Convolución: entrada, kernel y productos</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>input %1×%2 + zero border %3</source>
        <translation>entrada %1×%2 + borde de ceros %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/inside/PoolingExplainer.cpp" line="+52"/>
        <source>input %1×%2</source>
        <translation>entrada %1×%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kernel %1×%1</source>
        <translation>kernel %1×%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>products</source>
        <translation>productos</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Convolution output</source>
        <translation>Salida de la convolución</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>output %1×%2</source>
        <translation>salida %1×%2</translation>
    </message>
    <message>
        <location filename="../../ui/inside/PngExport.cpp" line="+17"/>
        <source>%1: could not encode the image as PNG.</source>
        <translation>%1: no se pudo codificar la imagen como PNG.</translation>
    </message>
    <message>
        <location filename="../../ui/inside/PoolingExplainer.cpp" line="-22"/>
        <source>Pooling: input crop, max pool and average pool</source>
        <translation>Pooling: recorte de la entrada, max pooling y average pooling</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>max pool %1×%2</source>
        <translation>max pool %1×%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average pool %1×%2</source>
        <translation>average pool %1×%2</translation>
    </message>
    <message>
        <location filename="../../ui/inside/ToeplitzView.cpp" line="+39"/>
        <source>Toeplitz matrix product</source>
        <translation>Producto con la matriz de Toeplitz</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>product reshaped to %1×%2</source>
        <translation>producto reorganizado como %1×%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sliding window</source>
        <translation>ventana deslizante</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Toeplitz matrix %1×%2</source>
        <translation>matriz de Toeplitz %1×%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>row %1 = output (%2, %3); column %4 = padded pixel (%5, %6); value %7</source>
        <translation>fila %1 = salida (%2, %3); columna %4 = píxel con relleno (%5, %6); valor %7</translation>
    </message>
    <message>
        <location filename="../../ui/inside/WeightsChoice.cpp" line="+18"/>
        <source>Network being trained</source>
        <translation>Red en entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1 (shipped)</source>
        <translation>Modelo %1 (incluido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded weights file</source>
        <translation>Archivo de pesos cargado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weights: fresh (seed 0, untrained)</source>
        <translation>Pesos: nuevos (semilla 0, sin entrenar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights: the network being trained (live)</source>
        <translation>Pesos: la red en entrenamiento (en vivo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Weights: loaded from a file</source>
        <translation>Pesos: cargados de un archivo</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Weights: the network as trained</source>
        <translation>Pesos: la red tal como quedó entrenada</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>These weights read %1 × %2 × %2 images; this image is %3 × %4 × %4. Choose other weights, or train on this dataset.</source>
        <translation>Estos pesos leen imágenes de %1 × %2 × %2; esta imagen es de %3 × %4 × %4. Elige otros pesos o entrena con este conjunto de datos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weights: %1 (sent with the image)</source>
        <translation>Pesos: %1 (enviados con la imagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No weights came with an image yet.</source>
        <translation>Todavía no han llegado pesos con ninguna imagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No weights file is loaded (File → Load trained weights…).</source>
        <translation>No hay ningún archivo de pesos cargado (Archivo → Cargar pesos entrenados…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model %1 could not be loaded: %2</source>
        <translation>No se pudo cargar el Modelo %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights: shipped Model %1</source>
        <translation>Pesos: Modelo %1 incluido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (trained on MNIST digits, not %1)</source>
        <translation> (entrenado con dígitos MNIST, no con %1)</translation>
    </message>
    <message>
        <location filename="../../ui/inside/WeightsChoice.h" line="+52"/>
        <source>Sent from Draw/Compare</source>
        <translation>Enviado desde Dibujar/Comparar</translation>
    </message>
</context>
<context>
    <name>cnnlab::AppSession</name>
    <message>
        <location filename="../../core/AppSession.cpp" line="+84"/>
        <source>No %1 files in %2.</source>
        <translation>No hay archivos de %1 en %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The dataset cannot change while training.</source>
        <translation>El conjunto de datos no puede cambiar durante el entrenamiento.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Training is already running.</source>
        <translation>El entrenamiento ya está en curso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No %1 data loaded: use File → Choose dataset folder or download…</source>
        <translation>No hay datos de %1 cargados: Archivo → Elegir carpeta de datos o descargar…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The training could not start.</source>
        <translation>No se pudo iniciar el entrenamiento.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ArmSettings</name>
    <message>
        <location filename="../../core/runs/ArmSettings.cpp" line="+63"/>
        <source>momentum %1</source>
        <translation>momentum %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lr %1</source>
        <translation>lr %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight decay %1</source>
        <translation>decaimiento de pesos %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule %1</source>
        <translation>calendario %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch %1</source>
        <translation>lote %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 iterations</source>
        <translation>%1 iteraciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>augmented</source>
        <translation>con aumento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not augmented</source>
        <translation>sin aumento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 images</source>
        <translation>%1 imágenes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all images</source>
        <translation>todas las imágenes</translation>
    </message>
</context>
<context>
    <name>cnnlab::CaptureFolder</name>
    <message>
        <location filename="../../core/data/CaptureFolder.cpp" line="+40"/>
        <source>A class needs a name.</source>
        <translation>Una clase necesita un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>«%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; has a character a folder name cannot hold (one of / \ : * ? &quot; &lt; &gt; |).</source>
        <translation>«%1» tiene un carácter que un nombre de carpeta no admite (uno de / \ : * ? &quot; &lt; &gt; |).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; starts with a dot, which hides a folder.</source>
        <translation>«%1» empieza por un punto, que oculta la carpeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; names the test split&apos;s folder; choose another name.</source>
        <translation>«%1» es el nombre de la carpeta de prueba; elija otro nombre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A dataset needs at least %1 classes.</source>
        <translation>Un conjunto de datos necesita al menos %1 clases.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+266"/>
        <source>A dataset can have at most %1 classes, not %2.</source>
        <translation>Un conjunto de datos puede tener como mucho %1 clases, no %2.</translation>
    </message>
    <message>
        <location line="-256"/>
        <location line="+254"/>
        <source>&quot;%1&quot; is named twice.</source>
        <translation>«%1» aparece dos veces.</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not empty; choose a new folder, or add to that one with &quot;Add to a dataset&quot;.</source>
        <translation>%1 no está vacía; elija una carpeta nueva o amplíe esa con «Añadir a un conjunto de datos».</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+236"/>
        <source>Cannot make the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+124"/>
        <source>There is no class %1.</source>
        <translation>No existe la clase %1.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 is not a PNG, JPEG or BMP file.</source>
        <translation>%1 no es un archivo PNG, JPEG o BMP.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be read as an image: %2</source>
        <translation>%1 no se puede leer como imagen: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The camera gave no picture.</source>
        <translation>La cámara no ha dado ninguna imagen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The photo could not be stored as a JPEG image.</source>
        <translation>La foto no se pudo guardar como imagen JPEG.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+38"/>
        <source>%1 is not in this dataset.</source>
        <translation>%1 no está en este conjunto de datos.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Cannot delete %1.</source>
        <translation>No se puede borrar %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 cannot be put back: its class folder has changed.</source>
        <translation>%1 no se puede restaurar: su carpeta de clase ha cambiado.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot move %1 to %2.</source>
        <translation>No se puede mover %1 a %2.</translation>
    </message>
</context>
<context>
    <name>cnnlab::Cifar10</name>
    <message>
        <location filename="../../core/data/Cifar10.cpp" line="+42"/>
        <source>%1: %2 bytes is not %3 records of %4 bytes (a label and 3 × 32 × 32 pixels)</source>
        <translation>%1: %2 bytes no son %3 registros de %4 bytes (una etiqueta y 3 × 32 × 32 píxeles)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number of</source>
        <translation>un número entero de</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: record %2 has the label %3; CIFAR-10&apos;s are 0 to 9</source>
        <translation>%1: el registro %2 tiene la etiqueta %3; las de CIFAR-10 van de 0 a 9</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2 class names; CIFAR-10 has %3, one a line</source>
        <translation>%1: %2 nombres de clase; CIFAR-10 tiene %3, uno por línea</translation>
    </message>
</context>
<context>
    <name>cnnlab::Cifar10ArchiveUnpacker</name>
    <message>
        <location filename="../../core/data/Cifar10Archive.cpp" line="+66"/>
        <source>the archive holds %1 twice</source>
        <translation>el archivo contiene %1 dos veces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 in the archive: %2 bytes is not a whole number of records of %3 bytes, up to %4</source>
        <translation>%1 en el archivo: %2 bytes no son un número entero de registros de %3 bytes, hasta %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 in the archive is %2 bytes; ten class names are far fewer</source>
        <translation>%1 en el archivo tiene %2 bytes; diez nombres de clase son muchos menos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+26"/>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 in the archive: record %2 has the label %3; CIFAR-10&apos;s are 0 to 9</source>
        <translation>%1 en el archivo: el registro %2 tiene la etiqueta %3; las de CIFAR-10 van de 0 a 9</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>the archive lacks %1</source>
        <translation>al archivo le falta %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 in the archive holds %2 records, data_batch_1.bin %3</source>
        <translation>%1 en el archivo contiene %2 registros, data_batch_1.bin %3</translation>
    </message>
</context>
<context>
    <name>cnnlab::DatasetDownloader</name>
    <message>
        <location filename="../../core/data/DatasetDownloader.cpp" line="+84"/>
        <source>No folder was given for the download.</source>
        <translation>No se indicó ninguna carpeta para la descarga.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download cancelled.</source>
        <translation>Descarga cancelada.</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetDownloaderFolder.cpp" line="+41"/>
        <source>No download mirror is configured for %1.</source>
        <translation>No hay ningún espejo de descarga configurado para %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a usable mirror URL: &quot;%1&quot; (expected an http://, https:// or file:// address).</source>
        <translation>URL de espejo no válida: «%1» (se esperaba una dirección http://, https:// o file://).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetDownloader.cpp" line="+133"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the transfer broke off after %1 of %2 bytes (%3)</source>
        <translation>la transferencia se cortó tras %1 de %2 bytes (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the transfer ended after %1 of %2 bytes</source>
        <translation>la transferencia terminó tras %1 de %2 bytes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>checksum mismatch (MD5 %1, expected %2)</source>
        <translation>la suma de comprobación no coincide (MD5 %1, se esperaba %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not download %1 from any mirror:
%2</source>
        <translation>No se pudo descargar %1 desde ningún espejo:
%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no data received for %1 s</source>
        <translation>no se recibieron datos durante %1 s</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>not CIFAR-10&apos;s release: %1</source>
        <translation>no es la publicación de CIFAR-10: %1</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetDownloaderFolder.cpp" line="+7"/>
        <source>%1 is ready in %2 (the release was already there).</source>
        <translation>%1 está listo en %2 (la publicación ya estaba allí).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is ready in %2 (all files were already there and verified).</source>
        <translation>%1 está listo en %2 (todos los archivos ya estaban allí y verificados).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot replace %1.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>No se puede renombrar %1 como %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is ready in %2 (the archive&apos;s MD5 verified, %3 files unpacked).</source>
        <translation>%1 está listo en %2 (MD5 del archivo verificado, %3 archivos desempaquetados).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 file downloaded</source>
        <translation>1 archivo descargado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 files downloaded</source>
        <translation>%1 archivos descargados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is ready in %2 (%3, all verified).</source>
        <translation>%1 está listo en %2 (%3, todos verificados).</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetDownloader.cpp" line="-5"/>
        <source>the file is larger than %1 MB, which no dataset file is</source>
        <translation>el archivo ocupa más de %1 MB, y ningún archivo del conjunto de datos es tan grande</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetDownloaderFolder.cpp" line="+27"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>cnnlab::Experiments</name>
    <message>
        <location filename="../../core/runs/Experiments.cpp" line="+49"/>
        <source>A + a 3rd convolution</source>
        <translation>A + 3.ª convolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A, pooling once</source>
        <translation>A, un solo pooling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A + a 100-unit layer</source>
        <translation>A + capa de 100</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 images</source>
        <translation>%1 imágenes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all images</source>
        <translation>todas las imágenes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not augmented</source>
        <translation>sin aumento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>augmented</source>
        <translation>con aumento</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A + batch norm</source>
        <translation>A + batch norm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A + dropout 0.25</source>
        <translation>A + dropout 0,25</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FNN vs CNN</source>
        <translation>FNN frente a CNN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transition from a feedforward network: the same pixels, flattened into 784 inputs of a hidden layer, or read by convolution and pooling first (Model A).</source>
        <translation>La transición desde una red feedforward: los mismos píxeles, aplanados en 784 entradas de una capa oculta, o leídos antes por convolución y pooling (Modelo A).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max vs average pooling</source>
        <translation>Pooling máximo frente a promedio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model A (max pooling) against Model B (average pooling).</source>
        <translation>Modelo A (pooling máximo) frente a Modelo B (pooling promedio).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same vs valid padding</source>
        <translation>Padding same frente a valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model A (same padding) against Model C (valid padding).</source>
        <translation>Modelo A (padding same) frente a Modelo C (padding valid).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ways to expand a CNN</source>
        <translation>Formas de ampliar una CNN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More convolutional layers, less aggressive downsampling, more fully connected layers. Cons: need a larger dataset; does not necessarily mean higher accuracy.</source>
        <translation>Más capas convolucionales, una reducción menos agresiva, más capas totalmente conectadas. Contras: necesita más datos; no implica necesariamente más precisión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SGD vs momentum vs Adam</source>
        <translation>SGD frente a momentum frente a Adam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model A trained by three optimizers (Adam at its usual rate, 0.001).</source>
        <translation>Modelo A entrenado con tres optimizadores (Adam con su tasa habitual, 0,001).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>600 vs 6,000 vs 60,000 training images</source>
        <translation>600 frente a 6000 frente a 60 000 imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A larger network needs a larger dataset: the gap between training and test accuracy shows it.</source>
        <translation>Una red mayor necesita más datos: la brecha entre la precisión de entrenamiento y la de prueba lo muestra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With and without augmentation</source>
        <translation>Con y sin aumento de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model A trained on the images as they are, and on randomly rotated, scaled and shifted ones.</source>
        <translation>Modelo A entrenado con las imágenes tal cual y con imágenes giradas, escaladas y desplazadas al azar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch norm and dropout</source>
        <translation>Batch norm y dropout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model A, with batch normalisation after each convolution, and with dropout after each block: two common additions to a CNN, one to train faster, one to overfit less.</source>
        <translation>El modelo A, con normalización por lotes tras cada convolución y con dropout tras cada bloque: dos añadidos habituales a una CNN, uno para entrenar más rápido y otro para sobreajustar menos.</translation>
    </message>
</context>
<context>
    <name>cnnlab::FineTune</name>
    <message>
        <location filename="../../core/training/FineTune.cpp" line="+30"/>
        <source>There are no weights to start from.</source>
        <translation>No hay pesos desde los que empezar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights read %1 × %1 images with %2 channel(s); %3&apos;s are %4 × %4 with %5.</source>
        <translation>Los pesos leen imágenes de %1 × %1 con %2 canal(es); las de %3 son de %4 × %4 con %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The weights have %1 outputs; %2 has %3 classes.</source>
        <translation>Los pesos tienen %1 salidas; %2 tiene %3 clases.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The weights read the digits 0 to 9; %1&apos;s classes are %2. Name the class folders 0 to 9.</source>
        <translation>Los pesos leen los dígitos del 0 al 9; las clases de %1 son %2. Llame a las carpetas de clase 0 a 9.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weights were trained on the classes %1; %2&apos;s are %3.</source>
        <translation>Los pesos se entrenaron con las clases %1; las de %2 son %3.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ImageDataset</name>
    <message>
        <location filename="../../core/data/ImageDatasetSources.cpp" line="+70"/>
        <source>the %1/ folder</source>
        <translation>la carpeta %1/</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % of each class held back, seed %2</source>
        <translation>%1 % de cada clase reservado, semilla %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the standard test set</source>
        <translation>el conjunto de prueba estándar</translation>
    </message>
</context>
<context>
    <name>cnnlab::ImageFolderDataset</name>
    <message>
        <location filename="../../core/data/ImageFolderDataset.cpp" line="+64"/>
        <source>an empty drawing</source>
        <translation>un dibujo vacío</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>too large (%1 × %2 px)</source>
        <translation>demasiado grande (%1 × %2 px)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too small (%1 × %2 px; at least %3 × %3)</source>
        <translation>demasiado pequeña (%1 × %2 px; al menos %3 × %3)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the input must be %1 to %2 pixels square with 1 or 3 channels, not %3 × %3 with %4</source>
        <translation>la entrada debe ser cuadrada, de %1 a %2 píxeles, con 1 o 3 canales, no %3 × %3 con %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no image of the class &quot;%1&quot; could be used for training (%2: %3)</source>
        <translation>ninguna imagen de la clase «%1» se puede usar para el entrenamiento (%2: %3)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ImageFolderIndex</name>
    <message>
        <location filename="../../core/data/ImageFolderIndex.cpp" line="+66"/>
        <source>the name is not valid UTF-8</source>
        <translation>el nombre no es UTF-8 válido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a link to nothing</source>
        <translation>un enlace que no apunta a nada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a link back to a folder already read (a loop)</source>
        <translation>un enlace a una carpeta ya leída (un bucle)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>folders nested deeper than %1</source>
        <translation>carpetas anidadas a más de %1 niveles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder cannot be read</source>
        <translation>la carpeta no se puede leer</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 has both %2/ and %3/: keep one test folder</source>
        <translation>%1 tiene %2/ y %3/ a la vez: dejar una sola carpeta de test</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the class folder &quot;%1&quot; in %2 has a name that is not valid UTF-8: rename it</source>
        <translation>la carpeta de clase «%1» en %2 tiene un nombre que no es UTF-8 válido: hay que cambiarle el nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no class folders: put each class&apos;s images in a folder named after it</source>
        <translation>%1 no tiene carpetas de clase: poner las imágenes de cada clase en una carpeta con su nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has one class folder (%2): a network needs at least two classes to tell apart</source>
        <translation>%1 tiene una sola carpeta de clase (%2): una red necesita al menos dos clases que distinguir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has %2 class folders; CNN Lab reads at most %3</source>
        <translation>%1 tiene %2 carpetas de clase; CNN Lab lee como máximo %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing in %1/: %2</source>
        <translation>faltan en %1/: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only in %1/: %2</source>
        <translation>solo en %1/: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the classes of %1/ differ from the training classes (%2)</source>
        <translation>las clases de %1/ no coinciden con las de entrenamiento (%2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not in a class folder</source>
        <translation>no está en una carpeta de clase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a hidden file</source>
        <translation>un archivo oculto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a PNG, JPEG or BMP image or a drawing (.json)</source>
        <translation>no es una imagen PNG, JPEG o BMP ni un dibujo (.json)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 holds more than %2 files and folders; CNN Lab reads a class&apos;s own collection, not a large dataset</source>
        <translation>%1 contiene más de %2 archivos y carpetas; CNN Lab lee la colección propia de una clase, no un gran conjunto de datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the test fraction must be above 0 and below 1, not %1</source>
        <translation>la fracción de test debe ser mayor que 0 y menor que 1, no %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the class folder &quot;%1&quot; in %2 holds no image or drawing</source>
        <translation>la carpeta de clase «%1» en %2 no contiene ninguna imagen ni dibujo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the class folder &quot;%1/%2&quot; in %3 holds no image or drawing</source>
        <translation>la carpeta de clase «%1/%2» en %3 no contiene ninguna imagen ni dibujo</translation>
    </message>
</context>
<context>
    <name>cnnlab::TarGzReader</name>
    <message>
        <location filename="../../core/data/TarGzReader.cpp" line="+195"/>
        <source>not a tar archive: the header at byte %1 has a wrong checksum</source>
        <translation>no es un archivo tar: la cabecera en el byte %1 tiene una suma de comprobación incorrecta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the tar entry &quot;%1&quot; has a size this reader does not take (8 GB or more, or not a number)</source>
        <translation>la entrada tar «%1» tiene un tamaño que este lector no admite (8 GB o más, o no es un número)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the tar archive&apos;s extended header at byte %1 is too long (%2 bytes)</source>
        <translation>la cabecera extendida del archivo tar en el byte %1 es demasiado larga (%2 bytes)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the tar archive ends inside a header (after %1 bytes)</source>
        <translation>el archivo tar termina dentro de una cabecera (tras %1 bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tar archive ends inside &quot;%1&quot; (%2 bytes missing)</source>
        <translation>el archivo tar termina dentro de «%1» (faltan %2 bytes)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>zlib could not be initialised</source>
        <translation>no se pudo inicializar zlib</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>zlib could not be reset</source>
        <translation>no se pudo reiniciar zlib</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a gzip-compressed file (%1)</source>
        <translation>no es un archivo comprimido con gzip (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the compressed data is corrupt (%1)</source>
        <translation>los datos comprimidos están dañados (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the archive unpacks to more than %1 MB</source>
        <translation>el archivo se desempaqueta en más de %1 MB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the compressed data is corrupt (no progress)</source>
        <translation>los datos comprimidos están dañados (sin avance)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the archive is empty or not gzip-compressed</source>
        <translation>el archivo está vacío o no está comprimido con gzip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the archive is cut short (the compressed stream does not end)</source>
        <translation>el archivo está cortado (el flujo comprimido no termina)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui</name>
    <message>
        <location filename="../../ui/common/UiHelpers.cpp" line="+57"/>
        <source>about %1 min left</source>
        <translation>quedan unos %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 s left</source>
        <translation>quedan unos %1 s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>;;All files (*)</source>
        <translation>;;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::AboutDialog</name>
    <message>
        <location filename="../../ui/common/AboutDialog.cpp" line="+25"/>
        <source>About CNN Lab</source>
        <translation>Acerca de CNN Lab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;CNN Lab %1&lt;/h3&gt;&lt;p&gt;Design a convolutional neural network, watch every layer&apos;s size change (O = (W − K + 2P)/S + 1) and train it on MNIST, following the lesson &lt;i&gt;Convolutional Neural Network with PyTorch&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CNN Lab %1&lt;/h3&gt;&lt;p&gt;Diseñar una red neuronal convolucional, ver cómo cambia el tamaño de cada capa (O = (W − K + 2P)/S + 1) y entrenarla con MNIST, siguiendo la lección &lt;i&gt;Convolutional Neural Network with PyTorch&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy these facts as plain text, for a problem report</source>
        <translation>Copiar estos datos como texto sin formato, para un informe de problemas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CNN Lab %1</source>
        <translation>CNN Lab %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 not found (File → Choose dataset folder or download…, or --data DIR)</source>
        <translation>%1 no encontrado (Archivo → Elegir carpeta de datos o descargar…, o --data DIR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2 (not loaded yet)</source>
        <translation>%1 en %2 (aún sin cargar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibTorch</source>
        <translation>LibTorch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QCustomPlot</source>
        <translation>QCustomPlot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU instructions</source>
        <translation>Instrucciones de CPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reported by LibTorch</source>
        <translation>LibTorch no lo indica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training threads</source>
        <translation>Hilos de entrenamiento</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Auto (every core or one fewer, whichever trains faster; %n core(s) here)</source>
        <translation>
            <numerusform>Automático (todos los núcleos o uno menos, lo que entrene más rápido; aquí hay %n núcleo)</numerusform>
            <numerusform>Automático (todos los núcleos o uno menos, lo que entrene más rápido; aquí hay %n núcleos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped models</source>
        <translation>Modelos incluidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A, B and C, compiled into the program</source>
        <translation>A, B y C, compilados en el programa</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ArchitecturePanel</name>
    <message>
        <location filename="../../ui/design/ArchitecturePanel.cpp" line="+14"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Model %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FNN</source>
        <translation>FNN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortcut: Ctrl+%1</source>
        <translation>Atajo: Ctrl+%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The input: one grey-scale MNIST image, 1 channel of 28×28 pixels.</source>
        <translation>La entrada: una imagen MNIST en escala de grises, 1 canal de 28×28 píxeles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add conv block</source>
        <translation>+ &amp;bloque conv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add another convolution + pooling block (at most %1). More convolutional layers are one way to expand a CNN.</source>
        <translation>Añadir otro bloque de convolución + pooling (como máximo %1). Añadir capas convolucionales es una forma de ampliar una CNN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove last block</source>
        <translation>&amp;Quitar bloque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the last conv block; with none left it is a feedforward network (FNN).</source>
        <translation>Quitar el último bloque convolucional; sin ninguno es una red feedforward (FNN).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Batch norm and dropout</source>
        <translation>Batch norm y dropout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show batch normalisation and dropout, two common additions to a CNN beyond the lesson, in every block and after the hidden layer. Unticking takes them out of the network.</source>
        <translation>Mostrar la normalización por lotes y el dropout, dos añadidos habituales a una CNN más allá de la lección, en cada bloque y tras la capa oculta. Desmarcarlo los quita de la red.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Hidden FC layer</source>
        <translation>Capa FC oc&amp;ulta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An extra fully connected layer (an affine function and a ReLU) before the output layer. More fully connected layers are another way to expand a network.</source>
        <translation>Una capa totalmente conectada adicional (una función afín y una ReLU) antes de la capa de salida. Añadir capas totalmente conectadas es otra forma de ampliar una red.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> units</source>
        <translation> unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many neurons the hidden fully connected layer has.</source>
        <translation>Cuántas neuronas tiene la capa oculta totalmente conectada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropout after the hidden layer: while training, each of its values is set to 0 with this probability, so the output layer cannot rely on any one neuron. Testing uses every value.</source>
        <translation>Dropout tras la capa oculta: al entrenar, cada uno de sus valores se pone a 0 con esta probabilidad, para que la capa de salida no dependa de ninguna neurona concreta. Al probar se usan todos los valores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropo&amp;ut</source>
        <translation>Dropo&amp;ut</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Input: %1×%2×%2 (channels × height × width)</source>
        <translation>Entrada: %1×%2×%2 (canales × alto × ancho)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;custom&lt;/b&gt;</source>
        <translation>&lt;b&gt;personalizado&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;FNN&lt;/b&gt;</source>
        <translation>&lt;b&gt;FNN&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Model %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modelo %1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ArmDialog</name>
    <message>
        <location filename="../../ui/compare/ArmDialog.cpp" line="+39"/>
        <source>Edit arm</source>
        <translation>Editar variante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>as the comparison</source>
        <translation>como la comparación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosine to 0</source>
        <translation>coseno hasta 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L2 penalty on the weights (PyTorch&apos;s weight_decay); none is the lesson&apos;s.</source>
        <translation>Penalización L2 sobre los pesos (weight_decay de PyTorch); ninguna es la de la lección.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Train on this many images drawn from each seed; 0 is all of them.</source>
        <translation>Entrenar con tantas imágenes, elegidas al azar según cada semilla; 0 son todas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Optimizer</source>
        <translation>&amp;Optimizador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learning rate</source>
        <translation>&amp;Tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weight decay</source>
        <translation>&amp;Decaimiento de pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch</source>
        <translation>&amp;Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Iterations</source>
        <translation>&amp;Iteraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Training images</source>
        <translation>&amp;Imágenes de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Augmentation</source>
        <translation>&amp;Aumento de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What this arm trains differently; the seeds, the test images and the rest are the comparison&apos;s.</source>
        <translation>Lo que esta variante entrena de otra manera; las semillas, las imágenes de prueba y el resto son de la comparación.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Give the arm a name.</source>
        <translation>Dé un nombre a la variante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another arm is already called &quot;%1&quot;.</source>
        <translation>Otra variante ya se llama «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The learning rate must be at least %1.</source>
        <translation>La tasa de aprendizaje debe ser al menos %1.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::BoundedSpinBox</name>
    <message>
        <location filename="../../ui/common/BoundedSpinBox.cpp" line="+16"/>
        <source>%1 goes from %2 to %3; %4 is too large.</source>
        <translation>%1 va de %2 a %3; %4 es demasiado grande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 goes from %2 to %3; %4 is too small.</source>
        <translation>%1 va de %2 a %3; %4 es demasiado pequeño.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CameraPanel</name>
    <message>
        <location filename="../../ui/data/CameraPanel.cpp" line="+46"/>
        <source>The camera the photos are taken with.</source>
        <translation>La cámara con la que se hacen las fotos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Take ph&amp;oto (Space)</source>
        <translation>Hacer &amp;foto (Espacio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save what the camera sees as the chosen class.</source>
        <translation>Guarda lo que ve la cámara como la clase elegida.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The photo could not be taken: %1</source>
        <translation>No se pudo hacer la foto: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera starts when this tab is shown.</source>
        <translation>La cámara se enciende cuando se muestra esta pestaña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This copy of CNN Lab was built without camera support (Qt Multimedia). Add photos with Add pictures…, or drop them on this window.</source>
        <translation>Esta copia de CNN Lab se compiló sin soporte de cámara (Qt Multimedia). Añada fotos con «Añadir imágenes…» o arrástrelas a esta ventana.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No camera was found. Connect one and it is found by itself, or add photos with Add pictures… or by dropping them on this window.</source>
        <translation>No se ha encontrado ninguna cámara. Conecte una y se detectará sola, o añada fotos con «Añadir imágenes…» o arrastrándolas a esta ventana.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The camera cannot be used: %1</source>
        <translation>No se puede usar la cámara: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Camera: %1</source>
        <translation>Cámara: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The camera is not ready yet.</source>
        <translation>La cámara aún no está lista.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is no camera to take a photo with.</source>
        <translation>No hay ninguna cámara con la que hacer una foto.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CaptureDialog</name>
    <message>
        <location filename="../../ui/data/CaptureDialog.cpp" line="+50"/>
        <source>Draw examples — %1</source>
        <translation>Dibujar ejemplos — %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>target </source>
        <translation>objetivo </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> a class</source>
        <translation> por clase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many examples each class should get; a class that has them is ticked.</source>
        <translation>Cuántos ejemplos debe tener cada clase; una clase que los tiene se marca.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Train on it…</source>
        <translation>&amp;Entrenar con él…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The class the next drawing is saved as (keys 1-9), and how many each has.</source>
        <translation>La clase con la que se guarda el próximo dibujo (teclas 1-9) y cuántos tiene cada una.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;class…</source>
        <translation>Añadir &amp;clase…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new class: a new folder in the dataset.</source>
        <translation>Una clase nueva: una carpeta nueva en el conjunto de datos.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Save (Enter)</source>
        <translation>&amp;Guardar (Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the drawing as the chosen class and clear the canvas for the next one.</source>
        <translation>Guardar el dibujo como la clase elegida y limpiar el lienzo para el siguiente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear (Esc)</source>
        <translation>&amp;Limpiar (Esc)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the drawing again.</source>
        <translation>Empezar el dibujo de nuevo.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Add &amp;pictures…</source>
        <translation>Añadir &amp;imágenes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy PNG, JPEG or BMP files into the chosen class (or drop them here).</source>
        <translation>Copiar archivos PNG, JPEG o BMP en la clase elegida (o soltarlos aquí).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Draw</source>
        <translation>&amp;Dibujar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;mera</source>
        <translation>Cá&amp;mara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw examples on the canvas.</source>
        <translation>Dibujar ejemplos en el lienzo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photograph examples: a drawing on paper, an object, a hand sign.</source>
        <translation>Fotografiar ejemplos: un dibujo en papel, un objeto, un gesto con la mano.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1  %2 — %3 / %4</source>
        <translation>%1  %2 — %3 / %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draw a %1 here</source>
        <translation>Dibuje aquí: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph: %1 (%2 of %3). Space takes it.</source>
        <translation>Fotografía: %1 (%2 de %3). Espacio la hace.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw: %1 (%2 of %3). Enter saves it.</source>
        <translation>Dibuje: %1 (%2 de %3). Intro lo guarda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a class to start (Add class…).</source>
        <translation>Añada una clase para empezar (Añadir clase…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this folder as the dataset, to train on it.</source>
        <translation>Abrir esta carpeta como conjunto de datos, para entrenar con ella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every class needs at least one example first.</source>
        <translation>Cada clase necesita antes al menos un ejemplo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draw a %1 on the canvas first.</source>
        <translation>Dibuje primero en el lienzo: %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has %2; now %3.</source>
        <translation>%1 tiene %2; ahora %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Added %1 to &quot;%2&quot;.</source>
        <translation>Añadidos %1 a «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out %1:</source>
        <translation>Omitidos %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(and %1 more)</source>
        <translation>(y %1 más)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add pictures to &quot;%1&quot;</source>
        <translation>Añadir imágenes a «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a class</source>
        <translation>Añadir una clase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class name:</source>
        <translation>Nombre de la clase:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added the class &quot;%1&quot;.</source>
        <translation>Añadida la clase «%1».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved drawing</source>
        <translation>Dibujo sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The canvas holds a drawing that is not saved. Save it as &quot;%1&quot;?</source>
        <translation>El lienzo tiene un dibujo sin guardar. ¿Guardarlo como «%1»?</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CaptureThumbnails</name>
    <message>
        <location filename="../../ui/data/CaptureThumbnails.cpp" line="+54"/>
        <source>What this class holds. Select and press Delete to remove, or move to another class.</source>
        <translation>Lo que contiene esta clase. Seleccione y pulse Supr para quitar, o muévalo a otra clase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected examples (Delete). Undo delete puts them back.</source>
        <translation>Borrar los ejemplos seleccionados (Supr). «Deshacer borrado» los restaura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer borrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Move to</source>
        <translation>&amp;Mover a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn under the wrong class? Move the selected examples to the right one.</source>
        <translation>¿Dibujado en la clase equivocada? Mueva los ejemplos seleccionados a la correcta.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Deleted %1 of &quot;%2&quot; (Undo delete puts it back).</source>
        <translation>Borrados %1 de «%2» («Deshacer borrado» los restaura).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Put back %1.</source>
        <translation>Restaurados %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Moved %1 to &quot;%2&quot;.</source>
        <translation>Movidos %1 a «%2».</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CompareCurves</name>
    <message>
        <location filename="../../ui/compare/CompareCurves.cpp" line="+30"/>
        <source>Training loss (smoothed)</source>
        <translation>Pérdida (suavizada)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test accuracy</source>
        <translation>Precisión en test</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accuracy (%)</source>
        <translation>Precisión (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean over seeds as a line, min–max over seeds as a band. Drag to pan, wheel to zoom.</source>
        <translation>Línea: media de las semillas; banda: mínimo–máximo de las semillas. Arrastrar para desplazar, rueda para hacer zoom.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dashed: the training accuracy. Right-click to hide or show it.</source>
        <translation>Discontinua: la precisión de entrenamiento. Clic derecho para ocultarla o mostrarla.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Show training accuracy</source>
        <translation>Mostrar la precisión de entrenamiento</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>%1 (mean of %2 seeds)</source>
        <translation>%1 (media de %2 semillas)</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>%1, training</source>
        <translation>%1, entrenamiento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dashed: training accuracy</source>
        <translation>discontinua: precisión de entrenamiento</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>No curves yet</source>
        <translation>Aún no hay curvas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One curve per model: %1</source>
        <translation>Una curva por modelo: %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ComparePage</name>
    <message>
        <location filename="../../ui/compare/ComparePage.cpp" line="+63"/>
        <source>Run a comparison or open a saved one.

Choose the models and seeds on the left and press Run comparison, or double-click a saved comparison.</source>
        <translation>Ejecutar una comparación o abrir una guardada.

Elegir los modelos y las semillas a la izquierda y pulsar «Comparar», o hacer doble clic en una comparación guardada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No comparison yet</source>
        <translation>Aún no hay comparación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved comparisons</source>
        <translation>Comparaciones guardadas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mistakes</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which digits each model confuses.</source>
        <translation>Qué dígitos confunde cada modelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test images a run got wrong, most confident first.</source>
        <translation>Las imágenes de test que una ejecución falló, primero las de mayor confianza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open comparison…</source>
        <translation>Abrir comparación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a saved comparison (its run.json).</source>
        <translation>Abrir una comparación guardada (su run.json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a comparison</source>
        <translation>Abrir una comparación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comparison (run.json)</source>
        <translation>Comparación (run.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Could not open the comparison</source>
        <translation>No se pudo abrir la comparación</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Export comparison results as CSV…</source>
        <translation>Exportar resultados de la comparación como CSV…</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Load a dataset first (File → Choose dataset folder or download…).</source>
        <translation>Primero hay que cargar un conjunto de datos (Archivo → Elegir carpeta de datos o descargar…).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Design page is training; stop it first so the timings stay fair.</source>
        <translation>En la página Diseño y entrenamiento hay un entrenamiento en curso; primero hay que detenerlo para que los tiempos sean comparables.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot start the comparison</source>
        <translation>No se puede iniciar la comparación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping; the finished runs are kept…</source>
        <translation>Deteniendo; se conservan las ejecuciones terminadas…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 runs finished%3; saved.</source>
        <translation>%1 de %2 ejecuciones terminadas%3; comparación guardada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (stopped)</source>
        <translation> (detenida)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save the comparison</source>
        <translation>No se pudo guardar la comparación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before any run finished.</source>
        <translation>Se detuvo antes de que terminara ninguna ejecución.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No run finished.</source>
        <translation>No terminó ninguna ejecución.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The comparison stopped</source>
        <translation>La comparación se detuvo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparison &quot;%1&quot;: %2</source>
        <translation>Comparación «%1»: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A comparison is running; stop it first.</source>
        <translation>Hay una comparación en curso; primero hay que detenerla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opened &quot;%1&quot;.</source>
        <translation>Se abrió «%1».</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+7"/>
        <source>Model %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>models: check some on the left</source>
        <translation>modelos: marcar algunos a la izquierda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models %1</source>
        <translation>Modelos %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare %1 on %2: same seeds, same batches — only the architecture differs.</source>
        <translation>Comparar %1 en %2: mismas semillas, mismos lotes — solo cambia la arquitectura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare %1: same seeds, same batches — only the architecture differs.</source>
        <translation>Comparar %1: mismas semillas, mismos lotes — solo cambia la arquitectura.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — training…</source>
        <translation> — entrenando…</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CompareResultsModel</name>
    <message>
        <location filename="../../ui/compare/CompareResultsModel.cpp" line="+59"/>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mean ± sample standard deviation over %1 seeds; lowest %2 %, highest %3 %</source>
        <translation>Media ± desviación estándar muestral sobre %1 semillas; mínimo %2 %, máximo %3 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training accuracy %1 % minus test accuracy %2 %, in points: how much better the model does on images it trained on. A wide gap is overfitting.</source>
        <translation>Precisión de entrenamiento %1 % menos precisión de prueba %2 %, en puntos: cuánto mejor lo hace el modelo con las imágenes con las que entrenó. Una brecha grande es sobreajuste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not measured: these runs were saved before training accuracy was recorded.</source>
        <translation>No medida: estas ejecuciones se guardaron antes de que se registrara la precisión de entrenamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 multiplications, each with an addition, to read one image: what the network costs to run, where the parameters are what it costs to store</source>
        <translation>%1 multiplicaciones, cada una con una suma, para leer una imagen: lo que cuesta ejecutar la red, mientras que los parámetros son lo que cuesta guardarla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training time per run (mean over seeds), evaluations excluded</source>
        <translation>Tiempo de entrenamiento por ejecución (media de las semillas), sin contar las evaluaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seed with the highest test accuracy</source>
        <translation>La semilla con mayor precisión en test</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Padding</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiply-adds</source>
        <translation>Multiplicaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test accuracy</source>
        <translation>Precisión en test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train − test</source>
        <translation>Entrenamiento − prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best seed</source>
        <translation>Mejor semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images/s</source>
        <translation>Imágenes/s</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CompareResultsView</name>
    <message>
        <location filename="../../ui/compare/CompareResultsView.cpp" line="+40"/>
        <source>Results per model</source>
        <translation>Resultados por modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a column header to sort.</source>
        <translation>Hacer clic en un encabezado de columna para ordenar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as Markdown</source>
        <translation>Copiar como Markdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the table as Markdown, like the lesson&apos;s summary.</source>
        <translation>Copiar la tabla como Markdown, como el resumen de la lección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the table as a CSV file for a spreadsheet.</source>
        <translation>Guardar la tabla como archivo CSV para una hoja de cálculo.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export the results as CSV</source>
        <translation>Exportar los resultados como CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not export the results</source>
        <translation>No se pudieron exportar los resultados</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CompareSetupPanel</name>
    <message>
        <location filename="../../ui/compare/CompareSetupPanel.cpp" line="+39"/>
        <source>Experiment</source>
        <translation>Experimento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vary</source>
        <translation>Variar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ready-made comparisons for the lesson&apos;s sentences: each changes one thing, so the curves show that one thing.</source>
        <translation>Comparaciones listas para las frases de la lección: cada una cambia una sola cosa, para que las curvas muestren esa cosa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models A, B and C</source>
        <translation>Modelos A, B y C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s closing table, or the models you check below.</source>
        <translation>La tabla final de la lección, o los modelos que marque abajo.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The networks to compare; each trains once per seed with the same settings.</source>
        <translation>Las redes que se comparan; cada una se entrena una vez por semilla con la misma configuración.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add architecture…</source>
        <translation>+ Arquitectura…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare an architecture saved as JSON too.</source>
        <translation>Comparar también una arquitectura guardada como JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit arm…</source>
        <translation>Editar variante…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected model or change what it trains differently: optimizer, learning rate, batch, images, … (or double-click it).</source>
        <translation>Renombrar el modelo seleccionado o cambiar lo que entrena de otra manera: optimizador, tasa de aprendizaje, lote, imágenes, … (o haga doble clic).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select the model to edit first.</source>
        <translation>Seleccione primero el modelo que quiere editar.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>How many seeds per model: one run is not definitive, the initialisation matters.</source>
        <translation>Cuántas semillas por modelo: una sola ejecución no es definitiva, la inicialización importa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seeds are first, first+1, …; every model uses the same ones.</source>
        <translation>Las semillas son primera, primera+1, …; todos los modelos usan las mismas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training iterations (batches) per run; the lesson&apos;s is 3000.</source>
        <translation>Iteraciones de entrenamiento (lotes) por ejecución; en la lección son 3000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Images per batch; the lesson&apos;s is 100.</source>
        <translation>Imágenes por lote; en la lección son 100.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learning rate (SGD); the lesson&apos;s is 0.01.</source>
        <translation>Tasa de aprendizaje (SGD); en la lección es 0,01.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all images</source>
        <translation>todas las imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> images</source>
        <translation> imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run trains on the same N training images of its seed; all of them by default.</source>
        <translation>Cada ejecución entrena con las mismas N imágenes de entrenamiento de su semilla; por defecto, con todas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeds</source>
        <translation>Semillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First seed</source>
        <translation>Primera semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iterations</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on</source>
        <translation>Entrenar con</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run comparison</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train every model with every seed, one after another (Ctrl+Shift+R).</source>
        <translation>Entrenar cada modelo con cada semilla, uno tras otro (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop; the runs that finished are kept.</source>
        <translation>Detener; se conservan las ejecuciones terminadas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1, trained differently: %2</source>
        <translation>%1, entrenado de otra forma: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an architecture of its own</source>
        <translation>una arquitectura propia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check the models to vary first.</source>
        <translation>Marque primero los modelos que quiere variar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Arms to compare: %1.</source>
        <translation>Variantes a comparar: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add an architecture to compare</source>
        <translation>Añadir una arquitectura para comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture (*.json)</source>
        <translation>Arquitectura (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not add the architecture</source>
        <translation>No se pudo añadir la arquitectura</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Model %1, seed %2 (run %3 of %4)%5</source>
        <translation>Modelo %1, semilla %2 (ejecución %3 de %4)%5</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ConfusionMatrixView</name>
    <message>
        <location filename="../../ui/compare/ConfusionMatrixView.cpp" line="+24"/>
        <source>Whose confusion matrix to show.</source>
        <translation>El modelo cuya matriz de confusión se muestra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One seed&apos;s run, or all seeds summed.</source>
        <translation>La ejecución de una semilla, o todas las semillas sumadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row-normalised (%)</source>
        <translation>Normalizada por filas (%)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows: the true digit. Columns: what the model said. The diagonal is correct.</source>
        <translation>Filas: el dígito real. Columnas: lo que dijo el modelo. La diagonal son los aciertos.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Predicted digit</source>
        <translation>Dígito predicho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True digit</source>
        <translation>Dígito real</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Show each row as percentages of that class&apos;s test images (N).</source>
        <translation>Mostrar cada fila como porcentaje de las imágenes de prueba de esa clase (N).</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+162"/>
        <source>No comparison yet</source>
        <translation>Aún no hay comparación</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Predicted class</source>
        <translation>Clase predicha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True class</source>
        <translation>Clase real</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>All seeds (sum)</source>
        <translation>Todas las semillas (suma)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1: %2 of %3 test images on the diagonal (read right)</source>
        <translation>%1: %2 de %3 imágenes de test en la diagonal (leídas correctamente)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ConvBlockEditor</name>
    <message>
        <location filename="../../ui/design/ConvBlockEditor.cpp" line="+51"/>
        <source>Conv block %1</source>
        <translation>Bloque conv %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Batch norm</source>
        <translation>&amp;Batch norm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch normalisation after the convolution, before the activation: each channel is shifted and scaled to mean 0 and variance 1 over the batch, then by two learned numbers. It often lets a network train faster. Testing uses the averages kept during training.</source>
        <translation>Normalización por lotes tras la convolución, antes de la activación: cada canal se desplaza y escala a media 0 y varianza 1 sobre el lote, y luego por dos números aprendidos. A menudo la red entrena más rápido. Al probar se usan las medias guardadas durante el entrenamiento.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Dropout after the block: while training, each value is set to 0 with this probability (and the rest scaled up), so the network cannot rely on any one feature. Testing uses every value.</source>
        <translation>Dropout tras el bloque: al entrenar, cada valor se pone a 0 con esta probabilidad (y el resto se escala), para que la red no dependa de ninguna característica concreta. Al probar se usan todos los valores.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output channels: how many kernels this layer learns. More kernels = more feature map channels.</source>
        <translation>Canales de salida: cuántos kernels aprende esta capa. Más kernels = más canales en el mapa de características.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel size</source>
        <translation>Tamaño del kernel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K, the filter (kernel) size: the kernel slides across the image and at each patch multiplies element-wise and sums. O = (W − K + 2P)/S + 1.</source>
        <translation>K, el tamaño del filtro (kernel): el kernel se desliza por la imagen y en cada zona multiplica elemento a elemento y suma. O = (W − K + 2P)/S + 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <location line="+14"/>
        <source>Stride</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>S, the stride: how many pixels the kernel moves per step. The lesson uses stride 1; larger strides shrink the output.</source>
        <translation>S, el paso: cuántos píxeles avanza el kernel cada vez. La lección usa paso 1; los pasos mayores reducen la salida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>explicit</source>
        <translation>explícito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P, zero padding around the image. Same padding: P = (K − 1)/2, the output size equals the input size (at stride 1, odd K). Valid padding: P = 0, the output is smaller than the input.</source>
        <translation>P, relleno de ceros alrededor de la imagen. Relleno «same»: P = (K − 1)/2, el tamaño de salida es igual al de entrada (con paso 1 y K impar). Relleno «valid»: P = 0, la salida es más pequeña que la entrada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Padding</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P, the number of zero pixels added on each side (explicit padding).</source>
        <translation>P, el número de píxeles a cero añadidos a cada lado (relleno explícito).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sigmoid</source>
        <translation>Sigmoide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The non-linear function applied after the convolution (the lesson uses ReLU).</source>
        <translation>La función no lineal que se aplica tras la convolución (la lección usa ReLU).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average</source>
        <translation>average</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pooling: max pooling keeps the largest value of each patch, average pooling its mean. Output size &lt; input size: O = (W − K)/S + 1.</source>
        <translation>Pooling: el max pooling conserva el valor mayor de cada zona; el average pooling, su media. Tamaño de salida &lt; tamaño de entrada: O = (W − K)/S + 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pooling kernel size</source>
        <translation>Tamaño del kernel de pooling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K, the pooling filter size (the lesson uses 2×2).</source>
        <translation>K, el tamaño del filtro de pooling (la lección usa 2×2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pooling stride</source>
        <translation>Paso del pooling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S, the pooling stride. PyTorch defaults the stride to the kernel size, giving O = W/K.</source>
        <translation>S, el paso del pooling. PyTorch toma por defecto como paso el tamaño del kernel, lo que da O = W/K.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>= kernel</source>
        <translation>= kernel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Channels</source>
        <translation>&amp;Canales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kernel</source>
        <translation>&amp;Kernel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Padding</source>
        <translation>Re&amp;lleno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P =</source>
        <translation>P =</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act.</source>
        <translation>Act.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;ool</source>
        <translation>P&amp;ool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dropout</source>
        <translation>&amp;Dropout</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ConvolutionExplainer</name>
    <message>
        <location filename="../../ui/inside/ConvolutionExplainer.cpp" line="+11"/>
        <source>crop of the image</source>
        <translation>recorte de la imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>my own grid</source>
        <translation>mi propia cuadrícula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The input: a crop of the page&apos;s image, or a grid you edit (click a cell to raise it, right-click to clear it)</source>
        <translation>La entrada: un recorte de la imagen de la página, o una cuadrícula editable (clic en una celda para subirla, clic derecho para borrarla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size </source>
        <translation>tamaño </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Width and height of the input</source>
        <translation>Ancho y alto de la entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row </source>
        <translation>fila </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column </source>
        <translation>columna </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Top row of the crop in the image</source>
        <translation>Fila superior del recorte en la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left column of the crop in the image</source>
        <translation>Columna izquierda del recorte en la imagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A classic kernel, or one of the network&apos;s (click a kernel on the Kernels tab)</source>
        <translation>Un kernel clásico o uno de la red (clic en un kernel de la pestaña Kernels)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>padding </source>
        <translation>relleno </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeros added on every side (P)</source>
        <translation>Ceros añadidos a cada lado (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stride </source>
        <translation>paso </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How far the window moves each step (S)</source>
        <translation>Cuánto avanza la ventana en cada paso (S)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Input:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kernel:</source>
        <translation>Kernel:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Output %1×%2, filled up to cell (%3, %4) = %5</source>
        <translation>Salida %1×%2, calculada hasta la celda (%3, %4) = %5</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>network: %1</source>
        <translation>red: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Window at row %1, column %2 of the padded input → output (%3, %4) = </source>
        <translation>Ventana en la fila %1, columna %2 de la entrada con relleno → salida (%3, %4) = </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sum of the %1 products</source>
        <translation>suma de los %1 productos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> + bias %1</source>
        <translation> + sesgo %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DatasetBrowserWidget</name>
    <message>
        <location filename="../../ui/data/DatasetBrowserWidget.cpp" line="+72"/>
        <source>Image %1, label %2 (%3)</source>
        <translation>Imagen %1, etiqueta %2 (%3)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Training images</source>
        <translation>Imágenes de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test images</source>
        <translation>Imágenes de test</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No dataset loaded.</source>
        <translation>No hay ningún conjunto de datos cargado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all classes</source>
        <translation>todas las clases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 images (%3)</source>
        <translation>%1 de %2 imágenes (%3)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DatasetCapture</name>
    <message>
        <location filename="../../ui/data/DatasetCapture.cpp" line="+35"/>
        <source>&amp;New dataset…</source>
        <translation>&amp;Nuevo conjunto de datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make your own dataset: name the classes, then draw examples of each or add pictures.</source>
        <translation>Crear su propio conjunto de datos: nombre las clases y luego dibuje ejemplos de cada una o añada imágenes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to a dataset…</source>
        <translation>&amp;Añadir a un conjunto de datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw more examples into a dataset folder made before, or add classes to it.</source>
        <translation>Dibujar más ejemplos en una carpeta de datos creada antes, o añadirle clases.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to a dataset</source>
        <translation>Añadir a un conjunto de datos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CNN Lab datasets</source>
        <translation>Conjuntos de datos de CNN Lab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made the dataset folder %1 with the classes %2.</source>
        <translation>Creada la carpeta de datos %1 con las clases %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open the dataset</source>
        <translation>No se pudo abrir el conjunto de datos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 holds %2 examples.</source>
        <translation>%1 contiene %2 ejemplos.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DatasetController</name>
    <message>
        <location filename="../../ui/data/DatasetController.cpp" line="+30"/>
        <source>Fashion-MNIST (clothing classes, not digits)</source>
        <translation>Fashion-MNIST (clases de ropa, no dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST (handwritten digits)</source>
        <translation>MNIST (dígitos manuscritos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CIFAR-10 (colour photos, ten classes)</source>
        <translation>CIFAR-10 (fotos en color, diez clases)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (your own classes)</source>
        <translation>%1 (clases propias)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;MNIST (handwritten digits)</source>
        <translation>&amp;MNIST (dígitos manuscritos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fashion-MNIST (clothing)</source>
        <translation>&amp;Fashion-MNIST (ropa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ten classes of clothing images in MNIST&apos;s format: the same networks, a harder task.</source>
        <translation>Diez clases de imágenes de ropa en el formato de MNIST: las mismas redes, una tarea más difícil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose &amp;dataset folder or download…</source>
        <translation>E&amp;legir carpeta de datos o descargar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point CNN Lab at the folder holding the four dataset files, or download them.</source>
        <translation>Indicar a CNN Lab la carpeta con los cuatro archivos del conjunto de datos, o descargarlos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dataset &amp;browser</source>
        <translation>&amp;Explorador de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look through the loaded dataset&apos;s images and labels (Ctrl+B).</source>
        <translation>Examinar las imágenes y etiquetas del conjunto de datos cargado (Ctrl+B).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a class&apos;s &amp;folder…</source>
        <translation>Abrir la &amp;carpeta de una clase…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train on your own classes: a folder with one subfolder of pictures or drawings per class (circle/, star/, …).</source>
        <translation>Entrenar con clases propias: una carpeta con una subcarpeta de imágenes o dibujos por clase (circulo/, estrella/, …).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a class&apos;s folder</source>
        <translation>Abrir la carpeta de una clase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;CIFAR-10 (colour photos)…</source>
        <translation>Abrir &amp;CIFAR-10 (fotos en color)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ten classes of small colour photos (airplane, cat, ship, …), 3 × 32 × 32: the folder of CIFAR-10&apos;s binary release, cifar-10-batches-bin/, from www.cs.toronto.edu/~kriz/cifar.html.</source>
        <translation>Diez clases de pequeñas fotos en color (avión, gato, barco, …), 3 × 32 × 32: la carpeta de la versión binaria de CIFAR-10, cifar-10-batches-bin/, de www.cs.toronto.edu/~kriz/cifar.html.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open CIFAR-10&apos;s folder</source>
        <translation>Abrir la carpeta de CIFAR-10</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do&amp;wnload CIFAR-10 (163 MB)…</source>
        <translation>&amp;Descargar CIFAR-10 (163 MB)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch CIFAR-10&apos;s binary release from its authors&apos; site, check its MD5 and unpack it into CNN Lab&apos;s data folder, then open it. Nothing is kept if the download fails.</source>
        <translation>Descargar la publicación binaria de CIFAR-10 del sitio de sus autores, comprobar su MD5, desempaquetarla en la carpeta de datos de CNN Lab y abrirla. Si la descarga falla, no se guarda nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download &amp;mirrors…</source>
        <translation>Espejos de desca&amp;rga…</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+142"/>
        <source>No %1 files found.</source>
        <translation>No se encontraron archivos de %1.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Loading %1 from %2…</source>
        <translation>Cargando %1 desde %2…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loaded %1: %2 training and %3 test images of %4 × %5 × %5 from %6. Classes: %7. Test images: %8.</source>
        <translation>%1 cargado: %2 imágenes de entrenamiento y %3 de prueba de %4 × %5 × %5 desde %6. Clases: %7. Imágenes de prueba: %8.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loaded %1: %2 training and %3 test images from %4.</source>
        <translation>%1 cargado: %2 imágenes de entrenamiento y %3 de test desde %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> Classes: %1.</source>
        <translation> Clases: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+124"/>
        <source>Dataset browser — %1</source>
        <translation>Explorador de datos — %1</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+21"/>
        <location line="+20"/>
        <location line="+20"/>
        <source>Dataset not switched</source>
        <translation>No se cambió el conjunto de datos</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Stop the training first (Esc), then open the folder again.</source>
        <translation>Detén primero el entrenamiento (Esc) y vuelve a abrir la carpeta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the folder</source>
        <translation>No se pudo abrir la carpeta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stop the training first (Esc), then open CIFAR-10 again.</source>
        <translation>Detén primero el entrenamiento (Esc) y vuelve a abrir CIFAR-10.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not open CIFAR-10</source>
        <translation>No se pudo abrir CIFAR-10</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop the training first (Esc), then download CIFAR-10 again.</source>
        <translation>Detén primero el entrenamiento (Esc) y luego descarga CIFAR-10 de nuevo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot switch to %1 while training on %2. Stop the training first (Esc), then choose the dataset again.</source>
        <translation>No se puede cambiar a %1 mientras se entrena con %2. Primero hay que detener el entrenamiento (Esc) y luego volver a elegir el conjunto de datos.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DatasetSetupDialog</name>
    <message>
        <location filename="../../ui/data/DatasetSetupDialog.cpp" line="+25"/>
        <source>%1 not found</source>
        <translation>%1 no encontrado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Fashion-MNIST clothing images (ten classes of clothes, not digits)</source>
        <translation>las imágenes de ropa de Fashion-MNIST (diez clases de prendas, no dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the MNIST handwritten digits</source>
        <translation>los dígitos manuscritos de MNIST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;CNN Lab trains on %1, but could not find the four files (&lt;code&gt;%2&lt;/code&gt;, each possibly &lt;code&gt;.gz&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;It looked in:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;p&gt;Choose the folder that holds them or download them. You can still design networks and watch their layer sizes without data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CNN Lab entrena con %1, pero no encontró los cuatro archivos (&lt;code&gt;%2&lt;/code&gt;, cada uno posiblemente en &lt;code&gt;.gz&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Buscó en:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;p&gt;Se puede elegir la carpeta que los contiene o descargarlos. Aun sin datos es posible diseñar redes y ver los tamaños de sus capas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Download…</source>
        <translation>&amp;Descargar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the %1 files into %2.</source>
        <translation>Descargar los archivos de %1 en %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use Fashion-MNIST from the &amp;system</source>
        <translation>Usar Fashion-MNIST del &amp;sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue &amp;without data</source>
        <translation>Continuar si&amp;n datos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Load the Fashion-MNIST files installed by Debian&apos;s dataset-fashion-mnist package in %1.</source>
        <translation>Cargar los archivos de Fashion-MNIST instalados en %1 por el paquete dataset-fashion-mnist de Debian.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fashion-MNIST is not installed on this system (Debian&apos;s dataset-fashion-mnist package).</source>
        <translation>Fashion-MNIST no está instalado en este sistema (paquete dataset-fashion-mnist de Debian).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 no se puede usar: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder with the %1 files</source>
        <translation>Carpeta con los archivos de %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DesignActions</name>
    <message>
        <location filename="../../ui/design/DesignActions.cpp" line="+34"/>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+158"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Pause or resume the training (Ctrl+P); takes effect after the current batch.</source>
        <translation>Pausar o reanudar el entrenamiento (Ctrl+P); surte efecto tras el lote actual.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>Model &amp;%1</source>
        <translation>Modelo &amp;%1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>FNN: the lesson&apos;s feedforward network, no convolution (Ctrl+%1)</source>
        <translation>FNN: la red feedforward de la lección, sin convolución (Ctrl+%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Start the next training from the shipped Model %1&apos;s weights instead of fresh ones, to fine-tune it on your own digit drawings (class folders 0 to 9).</source>
        <translation>Empezar el próximo entrenamiento con los pesos del Modelo %1 incluido en vez de pesos nuevos, para ajustarlo a sus propios dibujos de dígitos (carpetas de clase 0 a 9).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open architecture…</source>
        <translation>&amp;Abrir arquitectura…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open architecture</source>
        <translation>Abrir arquitectura</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Architecture (*.json)</source>
        <translation>Arquitectura (*.json)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Could not open the architecture</source>
        <translation>No se pudo abrir la arquitectura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save architecture…</source>
        <translation>&amp;Guardar arquitectura…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save architecture</source>
        <translation>Guardar arquitectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the architecture</source>
        <translation>No se pudo guardar la arquitectura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Load trained weights…</source>
        <translation>&amp;Cargar pesos entrenados…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load trained weights</source>
        <translation>Cargar pesos entrenados</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>PyTorch weights (*.pt *.pth)</source>
        <translation>Pesos de PyTorch (*.pt *.pth)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Could not load the weights</source>
        <translation>No se pudieron cargar los pesos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save trained &amp;weights…</source>
        <translation>Guardar &amp;pesos entrenados…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save trained weights</source>
        <translation>Guardar pesos entrenados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the weights</source>
        <translation>No se pudieron guardar los pesos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save &amp;run…</source>
        <translation>Guardar &amp;ejecución…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the last run: its settings, curves, results and weights (a JSON file with the weights beside it).</source>
        <translation>Guardar la última ejecución: su configuración, curvas, resultados y pesos (un archivo JSON con los pesos al lado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open r&amp;un…</source>
        <translation>Abrir e&amp;jecución…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen a saved run: the network, settings, curves and weights as they were.</source>
        <translation>Volver a abrir una ejecución guardada: la red, la configuración, las curvas y los pesos tal como estaban.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open run</source>
        <translation>Abrir ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>CNN Lab run (*.json)</source>
        <translation>Ejecución de CNN Lab (*.json)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Could not open the run</source>
        <translation>No se pudo abrir la ejecución</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save run</source>
        <translation>Guardar ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the run</source>
        <translation>No se pudo guardar la ejecución</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export plots as &amp;PNG…</source>
        <translation>Exportar gráficos como P&amp;NG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export plots as P&amp;DF…</source>
        <translation>Exportar gráficos como P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export curves as &amp;CSV…</source>
        <translation>Exportar curvas como CS&amp;V…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop the training after the current batch (Esc or Ctrl+.). The weights so far are kept.</source>
        <translation>Detener el entrenamiento tras el lote actual (Esc o Ctrl+.). Se conservan los pesos obtenidos hasta ahora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the training after the current batch (Ctrl+.). The weights so far are kept.</source>
        <translation>Detener el entrenamiento tras el lote actual (Ctrl+.). Se conservan los pesos obtenidos hasta ahora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start training this network (Ctrl+R).</source>
        <translation>Empezar a entrenar esta red (Ctrl+R).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot train: %1</source>
        <translation>No se puede entrenar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DesignFiles</name>
    <message>
        <location filename="../../ui/design/DesignFiles.cpp" line="+44"/>
        <source>%1 is not a CNN Lab architecture: %2</source>
        <translation>%1 no es una arquitectura de CNN Lab: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opened architecture %1</source>
        <translation>Arquitectura abierta: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are no trained weights yet: train first.</source>
        <translation>Aún no hay pesos entrenados: primero hay que entrenar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loaded weights from %1 (%2 parameters); the next training continues from them.</source>
        <translation>Pesos cargados de %1 (%2 parámetros); el próximo entrenamiento continuará a partir de ellos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Load the dataset to fine-tune on first (Dataset menu, or File → New dataset…).</source>
        <translation>Cargue primero el conjunto de datos con el que ajustar (menú Conjunto de datos, o Archivo → Nuevo conjunto de datos…).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The next training fine-tunes the shipped Model %1 on %2: it starts from Model %1&apos;s weights, and the test accuracy before and after is logged. A few hundred iterations are enough.</source>
        <translation>El próximo entrenamiento ajusta el Modelo %1 incluido con %2: empieza con los pesos del Modelo %1, y la precisión de prueba antes y después queda en el registro. Bastan unos cientos de iteraciones.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no finished run yet: train first.</source>
        <translation>Aún no hay ninguna ejecución terminada: primero hay que entrenar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved the run to %1 (weights in %2)</source>
        <translation>Ejecución guardada en %1 (pesos en %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop the training first (Esc): a run cannot be opened while one trains.</source>
        <translation>Primero hay que detener el entrenamiento (Esc): no se puede abrir una ejecución mientras se entrena otra.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opened run %1: %2, %3 iterations, accuracy %4%</source>
        <translation>Ejecución %1 abierta: %2, %3 iteraciones, precisión %4%</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DesignLayout</name>
    <message>
        <location filename="../../ui/design/DesignLayout.cpp" line="+86"/>
        <source>&amp;Network and layer sizes</source>
        <translation>&amp;Red y tamaños de capa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;raining and plots</source>
        <translation>En&amp;trenamiento y gráficos</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DesignPage</name>
    <message>
        <location filename="../../ui/design/DesignPage.cpp" line="+74"/>
        <source>Training log</source>
        <translation>Registro de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s lines appear here while training: Iteration: 500. Loss: … Accuracy: …</source>
        <translation>Aquí aparecen las líneas de la lección durante el entrenamiento: Iteration: 500. Loss: … Accuracy: …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer sizes: O = (W − K + 2P)/S + 1</source>
        <translation>Tamaños de capa: O = (W − K + 2P)/S + 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The architecture is invalid at %1: %2</source>
        <translation>La arquitectura no es válida en %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the network</source>
        <translation>la red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No %1 data loaded: use File → Choose dataset folder or download…</source>
        <translation>No hay datos de %1 cargados: Archivo → Elegir carpeta de datos o descargar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training is already running.</source>
        <translation>El entrenamiento ya está en curso.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The network is locked while it trains. Stop the training (Esc) to change it.</source>
        <translation>La red está bloqueada mientras se entrena. Para cambiarla, detener el entrenamiento (Esc).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>CPU · %n thread(s)</source>
        <translation>
            <numerusform>CPU · %n hilo</numerusform>
            <numerusform>CPU · %n hilos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPU · auto threads</source>
        <translation>CPU · hilos auto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 parameters</source>
        <translation>%1 parámetros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid architecture</source>
        <translation>arquitectura no válida</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+20"/>
        <source>Cannot train</source>
        <translation>No se puede entrenar</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>custom network</source>
        <translation>red personalizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training %1 (%2 parameters): %3 iterations, batch %4, %5 lr %6, on %7%8</source>
        <translation>Entrenando %1 (%2 parámetros): %3 iteraciones, lote %4, %5 con tasa de aprendizaje %6, en %7%8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, continuing from the loaded weights</source>
        <translation>, continuando desde los pesos cargados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training on %1 of the training images, drawn at random from seed %2.</source>
        <translation>Entrenando con %1 de las imágenes de entrenamiento, elegidas al azar con la semilla %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resuming…</source>
        <translation>Reanudando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Before training, the starting weights: test accuracy %1 %</source>
        <translation>Antes de entrenar, los pesos iniciales: precisión de prueba %1 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>. Training accuracy: %1</source>
        <translation>. Precisión de entrenamiento: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finished %1 iterations in %2 s (%3 images/s).</source>
        <translation>%1 iteraciones terminadas en %2 s (%3 imágenes/s).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped after %1 iterations.</source>
        <translation>Detenido tras %1 iteraciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> Accuracy: %1%</source>
        <translation> Precisión: %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(before training: %1 %, %2 points)</source>
        <translation>(antes de entrenar: %1 %, %2 puntos)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training diverged</source>
        <translation>El entrenamiento divergió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1

Try a smaller learning rate.</source>
        <translation>%1

Conviene probar una tasa de aprendizaje menor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training failed</source>
        <translation>El entrenamiento falló</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot fine-tune Model %1</source>
        <translation>No se puede ajustar el Modelo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the training first.</source>
        <translation>Detenga primero el entrenamiento.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DifferenceTile</name>
    <message>
        <location filename="../../ui/draw/DifferenceTile.cpp" line="+20"/>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, from %2 to %3</source>
        <translation>%1, de %2 a %3</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DigitPreview</name>
    <message>
        <location filename="../../ui/draw/DigitPreview.cpp" line="+112"/>
        <location line="+1"/>
        <source>What the models read</source>
        <translation>Lo que leen los modelos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>28&#xa0;×&#xa0;28 pixels, values 0..1</source>
        <translation>28&#xa0;×&#xa0;28 píxeles, valores 0..1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 28 × 28 input</source>
        <translation>La entrada de 28 × 28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s input: the drawing cropped to its ink, scaled to fit 20 × 20 and placed in 28 × 28 with its centre of mass (green cross) at the centre, as MNIST&apos;s digits were made.</source>
        <translation>La entrada de la red: el dibujo recortado a su tinta, escalado para caber en 20 × 20 y colocado en 28 × 28 con su centro de masa (cruz verde) en el centro, como se crearon los dígitos de MNIST.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1. ink box</source>
        <translation>1. recuadro de tinta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1: the smallest box holding all the ink (red), on the drawing</source>
        <translation>Paso 1: el recuadro más pequeño que contiene toda la tinta (en rojo), sobre el dibujo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. cropped</source>
        <translation>2. recortado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2: the drawing cut to the ink box; its size no longer matters</source>
        <translation>Paso 2: el dibujo recortado al recuadro de tinta; su tamaño ya no importa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. fit in 20&#xa0;×&#xa0;20</source>
        <translation>3. ajustado a 20&#xa0;×&#xa0;20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3: scaled so the longer side is 20 pixels, keeping the aspect ratio; the green cross is the centre of mass</source>
        <translation>Paso 3: escalado para que el lado más largo mida 20 píxeles, manteniendo la proporción; la cruz verde es el centro de masa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. centred in 28&#xa0;×&#xa0;28</source>
        <translation>4. centrado en 28&#xa0;×&#xa0;28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 4: placed in 28 × 28 so the centre of mass (green cross) lands on the centre</source>
        <translation>Paso 4: colocado en 28 × 28 de modo que el centro de masa (cruz verde) quede en el centro</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing drawn, nothing to read</source>
        <translation>Nada dibujado, nada que leer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The drawing as the models get it: cropped to its ink, scaled to fit 20 × 20 and centred by mass in 28 × 28</source>
        <translation>El dibujo tal como lo reciben los modelos: recortado a su tinta, escalado para caber en 20 × 20 y centrado por masa en 28 × 28</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Before the four steps, the picture went through: %1</source>
        <translation>Antes de los cuatro pasos, la imagen pasó por: %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DimensionView</name>
    <message>
        <location filename="../../ui/design/DimensionView.cpp" line="+16"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output C×H×W</source>
        <translation>Salida C×H×W</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O = (W − K + 2P)/S + 1</source>
        <translation>O = (W − K + 2P)/S + 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lesson&apos;s output size formula. W: input height/width, K: kernel size, P: padding, S: stride. Pooling has no padding: O = (W − K)/S + 1.</source>
        <translation>La fórmula del tamaño de salida de la lección. W: alto/ancho de la entrada, K: tamaño del kernel, P: relleno, S: paso. El pooling no tiene relleno: O = (W − K)/S + 1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How each layer changes the size of the feature maps. It follows every change you make.</source>
        <translation>Cómo cambia cada capa el tamaño de los mapas de características. Se actualiza con cada cambio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layer sizes</source>
        <translation>Tamaños de capa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per layer: its output channels × height × width, the formula O = (W − K + 2P)/S + 1 with its numbers, and its parameters</source>
        <translation>Una fila por capa: sus canales de salida × alto × ancho, la fórmula O = (W − K + 2P)/S + 1 con sus números y sus parámetros</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the input image: %1</source>
        <translation>la imagen de entrada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One grey-scale image: channels × height × width.</source>
        <translation>Una imagen en escala de grises: canales × alto × ancho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 multiply-adds per image</source>
        <translation>%1 multiplicaciones y sumas por imagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This layer cannot be built: %1</source>
        <translation>Esta capa no se puede construir: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Invalid at %1:&lt;/b&gt; %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;No válida en %1:&lt;/b&gt; %2&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trainable weights and biases</source>
        <translation>pesos y sesgos entrenables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All parameters the optimizer updates. Reading one image takes %1 multiply-adds.</source>
        <translation>Todos los parámetros que actualiza el optimizador. Leer una imagen cuesta %1 multiplicaciones y sumas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 layers · &lt;b&gt;%2 parameters&lt;/b&gt; · output: %3 class scores</source>
        <translation>%1 capas · &lt;b&gt;%2 parámetros&lt;/b&gt; · salida: %3 puntuaciones de clase</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DownloadDialog</name>
    <message>
        <location filename="../../ui/data/DownloadDialog.cpp" line="+44"/>
        <source>Download %1</source>
        <translation>Descargar %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting to start…</source>
        <translation>Esperando para empezar…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 goes into %2</source>
        <translation>%1 se guarda en %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File %1 of %2: %3
from %4</source>
        <translation>Archivo %1 de %2: %3
desde %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2, %3/s</source>
        <translation>%1 de %2, %3/s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2/s</source>
        <translation>%1, %2/s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 from %2 failed: %3</source>
        <translation>Falló %1 desde %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was kept from this attempt.</source>
        <translation>No se conservó nada de este intento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DrawFileActions</name>
    <message>
        <location filename="../../ui/draw/DrawFileActions.cpp" line="+22"/>
        <source>Save drawing…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the strokes as a drawing file (JSON), with the digit chosen in &quot;This is a&quot;</source>
        <translation>Guardar los trazos como archivo de dibujo (JSON), con el dígito elegido en «Esto es un»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open drawing…</source>
        <translation>Abrir dibujo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a drawing file (JSON) and read it again</source>
        <translation>Abrir un archivo de dibujo (JSON) y volver a leerlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open image…</source>
        <translation>Abrir imagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a PNG, JPEG or BMP image of a digit (a photo of paper too) and read it</source>
        <translation>Abrir una imagen PNG, JPEG o BMP de un dígito (también una foto de papel) y leerla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open class set…</source>
        <translation>Dibujos de la clase…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a folder of labelled drawings: each model&apos;s accuracy on it, its confusion matrix and the drawings it misread</source>
        <translation>Abrir una carpeta de dibujos etiquetados: la precisión de cada modelo con ellos, su matriz de confusión y los dibujos que leyó mal</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: nothing to save, the canvas has no strokes</source>
        <translation>%1: nada que guardar, el lienzo no tiene trazos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save the drawing</source>
        <translation>No se pudo guardar el dibujo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not open the drawing</source>
        <translation>No se pudo abrir el dibujo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open %1</source>
        <translation>abrir %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open the image</source>
        <translation>No se pudo abrir la imagen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: no column shows a model that reads 28 × 28 digits</source>
        <translation>%1: ninguna columna muestra un modelo que lea dígitos de 28 × 28</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open the class set</source>
        <translation>No se pudieron abrir los dibujos de la clase</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save drawing</source>
        <translation>Guardar dibujo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drawing (*.json)</source>
        <translation>Dibujo (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open drawing</source>
        <translation>Abrir dibujo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing (*.json);;All files (*)</source>
        <translation>Dibujo (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open image</source>
        <translation>Abrir imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open class set (a folder of labelled drawings)</source>
        <translation>Abrir dibujos de la clase (una carpeta de dibujos etiquetados)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DrawPage</name>
    <message>
        <location filename="../../ui/draw/DrawPage.cpp" line="+66"/>
        <source>What the models read, or why nothing is read</source>
        <translation>Lo que leen los modelos, o por qué no se lee nada</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a</source>
        <translation>Esto es un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The digit this drawing is meant to be. Saved with the drawing, so a folder of labelled drawings can be opened as a class set. &quot;?&quot; saves no label.</source>
        <translation>El dígito que representa este dibujo. Se guarda con el dibujo, para que una carpeta de dibujos etiquetados se pueda abrir como dibujos de la clase. «?» no guarda ninguna etiqueta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show steps</source>
        <translation>Ver pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how the drawing becomes the 28 × 28 input: ink box, crop, fit in 20 × 20, centre by mass</source>
        <translation>Mostrar cómo el dibujo se convierte en la entrada de 28 × 28: recuadro de tinta, recorte, ajuste a 20 × 20, centrado por centro de masa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show inside →</source>
        <translation>Ver por dentro →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send this 28 × 28 input to the Inside page with the majority&apos;s model, to see every layer&apos;s feature maps (each column&apos;s &quot;Inside →&quot; sends its own model)</source>
        <translation>Enviar esta entrada de 28 × 28 a la página Por dentro con el modelo de la mayoría, para ver los mapas de características de cada capa (el botón «Por dentro →» de cada columna envía su propio modelo)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the drawing from the Draw page</source>
        <translation>el dibujo de la página Dibujar</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing to read, so nothing is predicted</source>
        <translation>Nada que leer, así que no hay predicción</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing drawn yet, so nothing is predicted. Draw a digit, or open a drawing or an image.</source>
        <translation>Aún no hay nada dibujado, así que no hay predicción. Dibujar un dígito, o abrir un dibujo o una imagen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No ink found, so nothing is predicted.</source>
        <translation>No se encontró tinta, así que no hay predicción.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>a weights file</source>
        <translation>un archivo de pesos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No network: the architecture changed, so there is nothing trained to read with</source>
        <translation>Sin red: la arquitectura cambió, así que no hay nada entrenado con qué leer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Send this 28 × 28 input to the Inside page with %1&apos;s weights (the majority&apos;s model); each column&apos;s &quot;Inside →&quot; sends its own (Ctrl+Shift+I)</source>
        <translation>Enviar esta entrada de 28 × 28 a la página Por dentro con los pesos de %1 (el modelo de la mayoría); el botón «Por dentro →» de cada columna envía los suyos (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 reads %2</source>
        <translation>%1 lee %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Disagrees: reads %1, the others read %2</source>
        <translation>⚠ Discrepa: lee %1, los demás leen %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ Disagrees: reads %1, others read %2</source>
        <translation>⚠ Discrepa: lee %1, otros leen %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No model could read it: see the columns.</source>
        <translation>Ningún modelo pudo leerlo: ver las columnas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1.</source>
        <translation>Leído como %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as %1 by all %2 models.</source>
        <translation>Los %2 modelos lo leen como %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The models disagree: %1.</source>
        <translation>Los modelos no coinciden: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changed drawing: %1</source>
        <translation>El dibujo modificado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/draw/DrawPageButtons.cpp" line="+40"/>
        <source>This is a:</source>
        <translation>Esto es un:</translation>
    </message>
    <message>
        <location filename="../../ui/draw/DrawPageFool.cpp" line="+63"/>
        <source>Reads the changed drawing (made for it)</source>
        <translation>Lee el dibujo modificado (hecho para este modelo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the changed drawing (made for %1)</source>
        <translation>Lee el dibujo modificado (hecho para %1)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DrawingCanvas</name>
    <message>
        <location filename="../../ui/draw/DrawingCanvas.cpp" line="+60"/>
        <source>Draw a digit with the mouse, a finger or a pen.
Undo: Ctrl+Z · Redo: Ctrl+Shift+Z · Clear: Esc or Delete</source>
        <translation>Dibujar un dígito con el ratón, un dedo o un lápiz.
Deshacer: Ctrl+Z · Rehacer: Ctrl+Shift+Z · Borrar: Esc o Supr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawing canvas</source>
        <translation>Lienzo de dibujo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Empty: draw a digit with the mouse, a finger or a pen</source>
        <translation>Vacío: dibujar un dígito con el ratón, un dedo o un lápiz</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last stroke (Ctrl+Z)</source>
        <translation>Deshacer el último trazo (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo the stroke just undone (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Rehacer el trazo recién deshecho (Ctrl+Shift+Z o Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the canvas (Esc or Delete); Ctrl+Z brings it back</source>
        <translation>Borrar el lienzo (Esc o Supr); Ctrl+Z lo recupera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows an opened image</source>
        <translation>Muestra una imagen abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drawing of 1 stroke</source>
        <translation>Un dibujo de 1 trazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drawing of %1 strokes</source>
        <translation>Un dibujo de %1 trazos</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>open drawing</source>
        <translation>abrir dibujo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>open image</source>
        <translation>abrir imagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>clear</source>
        <translation>borrar</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Draw a digit here</source>
        <translation>Dibujar un dígito aquí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image: %1 (draw to replace it)</source>
        <translation>Imagen: %1 (dibujar para sustituirla)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>stroke</source>
        <translation>trazo</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DrawingSetDialog</name>
    <message>
        <location filename="../../ui/draw/DrawingSetDialog.cpp" line="+37"/>
        <source>Class set: %1</source>
        <translation>Dibujos de la clase: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %n labelled drawing(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n dibujo etiquetado</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n dibujos etiquetados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n without a label (skipped)</source>
        <translation>
            <numerusform>, %n sin etiqueta (omitido)</numerusform>
            <numerusform>, %n sin etiqueta (omitidos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n unreadable (skipped)</source>
        <translation>
            <numerusform>, %n ilegible (omitido)</numerusform>
            <numerusform>, %n ilegibles (omitidos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accuracy of each model on this set: the share of drawings read as the digit they are labelled</source>
        <translation>Precisión de cada modelo en este conjunto: la proporción de dibujos leídos como el dígito de su etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>precisión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Confusion matrix of %1: rows = the digit meant, columns = the digit read</source>
        <translation>Matriz de confusión de %1: filas = el dígito que se quiso dibujar, columnas = el dígito leído</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many drawings of each digit (row) the model read as each digit (column). Green: read right. Red: read wrong, darker for more.</source>
        <translation>Cuántos dibujos de cada dígito (fila) leyó el modelo como cada dígito (columna). Verde: bien leído. Rojo: mal leído, más oscuro cuantos más haya.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n drawing(s) of %1 read as %2</source>
        <translation>
            <numerusform>%n dibujo de %1 leído como %2</numerusform>
            <numerusform>%n dibujos de %1 leídos como %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n misread drawing(s), most confident first</source>
        <translation>
            <numerusform>%n dibujo mal leído, de mayor a menor confianza</numerusform>
            <numerusform>%n dibujos mal leídos, de mayor a menor confianza</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drawings this model read wrong, the most confidently wrong first: the 28 × 28 input, the digit meant, the digit read and the model&apos;s confidence in it</source>
        <translation>Los dibujos que este modelo leyó mal, primero los errores con más confianza: la entrada de 28 × 28, el dígito que se quiso dibujar, el dígito leído y la confianza del modelo en él</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>meant</source>
        <translation>esperado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read as</source>
        <translation>leído como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>confidence</source>
        <translation>confianza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FeatureMapGrid</name>
    <message>
        <location filename="../../ui/inside/FeatureMapGrid.cpp" line="+50"/>
        <source>Feature maps</source>
        <translation>Mapas de características</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every layer&apos;s output for the image, one tile per channel; click a tile to enlarge it</source>
        <translation>La salida de cada capa para la imagen, un recuadro por canal; hacer clic en un recuadro para ampliarlo</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Every layer&apos;s output, one tile per channel; %1 channel %2 enlarged</source>
        <translation>La salida de cada capa, un recuadro por canal; %1, canal %2 ampliado</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No image yet: pick one above.</source>
        <translation>Aún no hay imagen: elegir una arriba.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 unit %2: %3</source>
        <translation>%1, unidad %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 channel %2, (row %3, column %4) = %5
Click to enlarge</source>
        <translation>%1, canal %2, (fila %3, columna %4) = %5
Hacer clic para ampliar</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FileKinds</name>
    <message>
        <location filename="../../ui/common/FileKinds.cpp" line="+31"/>
        <source>The file is too large to be one of CNN Lab&apos;s files.</source>
        <translation>El archivo es demasiado grande para ser un archivo de CNN Lab.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This JSON file is not a drawing, a run, a comparison or an architecture of CNN Lab&apos;s.</source>
        <translation>Este archivo JSON no es un dibujo, una ejecución, una comparación ni una arquitectura de CNN Lab.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no such file or folder.</source>
        <translation>No existe ese archivo o carpeta.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CNN Lab opens drawings, runs, comparisons and architectures (.json), weights (.pt), images and folders of drawings; this is none of them.</source>
        <translation>CNN Lab abre dibujos, ejecuciones, comparaciones y arquitecturas (.json), pesos (.pt), imágenes y carpetas de dibujos; esto no es ninguno de ellos.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FilterView</name>
    <message>
        <location filename="../../ui/inside/FilterView.cpp" line="+38"/>
        <source>What each filter looks for</source>
        <translation>Qué busca cada filtro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kernel (one per input channel)</source>
        <translation>Kernel (por canal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nine favourite test patches</source>
        <translation>Nueve fragmentos favoritos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An input grown to excite it</source>
        <translation>Entrada que lo activa</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+156"/>
        <location line="+40"/>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>The convolution layer whose channels to look at, or the class logits</source>
        <translation>La capa de convolución cuyos canales se quieren ver, o los logits de clase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+127"/>
        <source>channel </source>
        <translation>canal </translation>
    </message>
    <message>
        <location line="-126"/>
        <source>The channel (or class) whose favourite inputs to show</source>
        <translation>El canal (o la clase) cuyas entradas favoritas se muestran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed </source>
        <translation>semilla </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The seed of the grey noise the grown input starts from</source>
        <translation>La semilla del ruido gris del que parte la entrada generada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grow again</source>
        <translation>Generar de nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grow the input again from the next seed&apos;s noise (Ctrl+Shift+G)</source>
        <translation>Generar de nuevo la entrada a partir del ruido de la siguiente semilla (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 (%2 channels)</source>
        <translation>%1 (%2 canales)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class logits</source>
        <translation>logits de clase</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>class </source>
        <translation>clase </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Growing…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A class&apos;s logit has no kernel: it weighs every value of the last block&apos;s maps.</source>
        <translation>El logit de una clase no tiene kernel: pondera cada valor de los mapas del último bloque.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>in %1</source>
        <translation>ent. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 channel %2: bias %3; weights from %4 (blue) to %5 (red)</source>
        <translation>%1, canal %2: sesgo %3; pesos de %4 (azul) a %5 (rojo)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Favourite patches are for convolution channels: choose a layer cnn1, cnn2, …</source>
        <translation>Los fragmentos favoritos son para canales de convolución: elegir una capa cnn1, cnn2, …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a dataset to see the test images this channel responds to most.</source>
        <translation>Cargar un conjunto de datos para ver las imágenes de test a las que más responde este canal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>step %1 · objective %2</source>
        <translation>paso %1 · objetivo %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>step %1 (done) · objective %2</source>
        <translation>paso %1 (terminado) · objetivo %2</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FilterWorker</name>
    <message>
        <location filename="../../ui/inside/FilterWorker.cpp" line="+118"/>
        <source>The test images are not of this network&apos;s input size.</source>
        <translation>Las imágenes de test no tienen el tamaño de entrada de esta red.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FolderDatasetDialog</name>
    <message>
        <location filename="../../ui/data/FolderDatasetDialog.cpp" line="+32"/>
        <source>Open a class&apos;s folder</source>
        <translation>Abrir la carpeta de una clase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every image becomes a square of this many pixels; 28 is MNIST&apos;s size.</source>
        <translation>Cada imagen se convierte en un cuadrado de tantos píxeles; 28 es el tamaño de MNIST.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour (3 channels)</source>
        <translation>Color (3 canales)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the pictures&apos; colours; drawings stay grey in every channel.</source>
        <translation>Conservar los colores de las imágenes; los dibujos quedan grises en cada canal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale to fit, pad with black</source>
        <translation>Encajar y rellenar de negro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale to fill, crop the middle</source>
        <translation>Llenar y recortar el centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How a picture that is not square becomes one.</source>
        <translation>Cómo una imagen no cuadrada se vuelve cuadrada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held back from each class to test on, the same ones every time.</source>
        <translation>Reservadas de cada clase para la prueba, siempre las mismas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image size:</source>
        <translation>Tamaño de imagen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures not square:</source>
        <translation>Imágenes no cuadradas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test images:</source>
        <translation>Imágenes de prueba:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Load</source>
        <translation>&amp;Cargar</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (%2 + %3)</source>
        <translation>%1 (%2 + %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 classes, training + test images each: %3.</source>
        <translation>%1: %2 clases, imágenes de entrenamiento + prueba por clase: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1/ folder is the test split.</source>
        <translation>La carpeta %1/ es la parte de prueba.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files left out: %1 (hover for why).</source>
        <translation>Archivos omitidos: %1 (pasa el ratón para ver por qué).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the images…</source>
        <translation>Leyendo las imágenes…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not read the folder</source>
        <translation>No se pudo leer la carpeta</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FoolView</name>
    <message>
        <location filename="../../ui/draw/FoolView.cpp" line="+57"/>
        <location line="+17"/>
        <source>Fool the network</source>
        <translation>Engañar a la red</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+23"/>
        <location line="+177"/>
        <source>Draw a digit, then fool a model</source>
        <translation>Dibujar un dígito y después engañar a un modelo</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Find a small change of the drawing that makes a model read something else; the columns then read the changed drawing</source>
        <translation>Buscar un pequeño cambio del dibujo que haga que un modelo lea otra cosa; después las columnas leen el dibujo modificado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fool it</source>
        <translation>Engañar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the current drawing to fool the chosen model, with the ε and aim set here</source>
        <translation>Modificar el dibujo actual para engañar al modelo elegido, con el ε y el objetivo fijados aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest ε</source>
        <translation>ε mínimo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try ε = 0.01, 0.02, … up to 0.30 and stop at the first that changes the model&apos;s answer (one fast gradient sign step, any other digit)</source>
        <translation>Probar ε = 0,01; 0,02; … hasta 0,30 y parar en el primero que cambie la respuesta del modelo (un paso rápido de signo del gradiente, cualquier otro dígito)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The model to fool</source>
        <translation>Modelo a engañar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which column&apos;s model the change is made for</source>
        <translation>Para el modelo de qué columna se hace el cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+113"/>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>What it should read</source>
        <translation>Qué debe leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Any other digit&quot;: one fast gradient sign step of size ε. A digit: up to %1 small steps towards that digit, never more than ε from the drawing</source>
        <translation>«Cualquier otro dígito»: un paso rápido de signo del gradiente de tamaño ε. Un dígito: hasta %1 pasos pequeños hacia ese dígito, sin alejarse nunca más de ε del dibujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any other digit</source>
        <translation>cualquier otro dígito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %1</source>
        <translation>un %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ε, the largest change of a pixel</source>
        <translation>ε, el mayor cambio de un píxel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ε: how much each pixel (0 black to 1 white) may change, from 0 to 0.30</source>
        <translation>ε: cuánto puede cambiar cada píxel (de 0 negro a 1 blanco), de 0 a 0,30</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fool:</source>
        <translation>Engañar a:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to read:</source>
        <translation>para que lea:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+107"/>
        <source>Changed input</source>
        <translation>Entrada modificada</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>ε = %1</source>
        <translation>ε = %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You drew again, so the columns read your drawing. Press &quot;Fool it&quot; (%1) to change it again.</source>
        <translation>Nuevo dibujo: las columnas leen tu dibujo. Pulsar «Engañar» (%1) para modificarlo otra vez.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Changed: %1 reads %2</source>
        <translation>Modificada: %1 lee %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change (ε = %1)</source>
        <translation>Cambio (ε = %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ε up to %1 changes %2&apos;s answer (%3).</source>
        <translation>Ningún ε hasta %1 cambia la respuesta de %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest ε: %1. %2 now reads %3, not %4.</source>
        <translation>ε mínimo: %1. %2 ahora lee %3, no %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already reads %2: nothing to change.</source>
        <translation>%1 ya lee %2: no hay nada que cambiar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fooled: after %1 steps %2 reads %3, not %4.</source>
        <translation>Engañado: tras %1 pasos, %2 lee %3, no %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not fooled: after %1 steps %2 reads %3, not %4. Try a larger ε.</source>
        <translation>No engañado: tras %1 pasos, %2 lee %3, no %4. Probar con un ε mayor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fooled: %1 now reads %2, not %3.</source>
        <translation>Engañado: %1 ahora lee %2, no %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not fooled: %1 still reads %2. Try a larger ε or &quot;Smallest ε&quot;.</source>
        <translation>No engañado: %1 sigue leyendo %2. Probar con un ε mayor o «ε mínimo».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No pixel changed by more than %1; the columns read the changed drawing.</source>
        <translation>Ningún píxel cambió más de %1; las columnas leen el dibujo modificado.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::HeatTile</name>
    <message>
        <location filename="../../ui/draw/HeatTile.cpp" line="+27"/>
        <source>Where the network looked</source>
        <translation>Dónde miró la red</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 reads %2</source>
        <translation>%1 lee %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reads %2; map for %3</source>
        <translation>%1 lee %2; mapa para %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>No map</source>
        <translation>Sin mapa</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1: where it looked for %2, from %3 to %4</source>
        <translation>%1: dónde buscó %2, de %3 a %4</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>p(%1) %2 → %3 (drop %4)</source>
        <translation>p(%1) %2 → %3 (baja %4)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p(%1) %2 → %3 (rise %4)</source>
        <translation>p(%1) %2 → %3 (sube %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>p(%1) %2 → %3</source>
        <translation>p(%1) %2 → %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: window at row %2, column %3 hidden: %4</source>
        <translation>%1: ventana oculta en fila %2, columna %3: %4</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ImagePicker</name>
    <message>
        <location filename="../../ui/inside/ImagePicker.cpp" line="+35"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous test image (of the chosen class)</source>
        <translation>Imagen de test anterior (de la clase elegida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next test image (of the chosen class)</source>
        <translation>Imagen de test siguiente (de la clase elegida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random</source>
        <translation>Al azar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A random test image (of the chosen class)</source>
        <translation>Una imagen de test al azar (de la clase elegida)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test image </source>
        <translation>imagen de test </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index in the test set</source>
        <translation>Índice en el conjunto de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test image index</source>
        <translation>Índice de la imagen de test</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step through one class only</source>
        <translation>Recorrer solo una clase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class filter</source>
        <translation>Filtro de clase</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>any class</source>
        <translation>cualquier clase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Freeze frame</source>
        <translation>Congelar imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the current weights on screen while training goes on (F)</source>
        <translation>Mantener los pesos actuales en pantalla mientras continúa el entrenamiento (F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which network the maps go through: the one being trained (live), a shipped model, the loaded weights file, or the weights an image was sent with</source>
        <translation>Por qué red pasan los mapas: la que se está entrenando (en vivo), un modelo incluido, el archivo de pesos cargado o los pesos con los que se envió una imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The colours of feature maps, the enlargement and the explainers&apos; outputs; viridis and cividis read the same to colour-blind eyes</source>
        <translation>Los colores de los mapas de características, de la ampliación y de las salidas de las explicaciones; viridis y cividis se ven igual para personas daltónicas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour scale</source>
        <translation>Escala de color</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ImagePlanes</name>
    <message>
        <location filename="../../ui/inside/ImagePlanes.cpp" line="+20"/>
        <source>red</source>
        <translation>rojo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plane %1</source>
        <translation>plano %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::InsidePage</name>
    <message>
        <location filename="../../ui/inside/InsidePage.cpp" line="+62"/>
        <source>Inside the network</source>
        <translation>Dentro de la red</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Feature maps</source>
        <translation>Mapas de características</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernels</source>
        <translation>Kernels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convolution</source>
        <translation>Convolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toeplitz</source>
        <translation>Toeplitz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every layer&apos;s output for the image; click a tile to enlarge it</source>
        <translation>La salida de cada capa para la imagen; hacer clic en un recuadro para ampliarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The convolution kernels, following the weights as they train</source>
        <translation>Los kernels de convolución, que siguen a los pesos mientras se entrenan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convolution step by step: one kernel sliding over a small input, window by window</source>
        <translation>Convolución paso a paso: un kernel que se desliza sobre una entrada pequeña, ventana a ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pooling step by step: max and average pooling on the same windows</source>
        <translation>Pooling paso a paso: max pooling y average pooling sobre las mismas ventanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The convolution as one matrix product</source>
        <translation>La convolución como un único producto de matrices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each filter looks for: its kernel, favourite test patches and a grown input</source>
        <translation>Qué busca cada filtro: su kernel, sus fragmentos de test favoritos y una entrada generada</translation>
    </message>
    <message>
        <location line="+173"/>
        <source> (explainers: its %1 plane)</source>
        <translation> (explicaciones: su plano %1)</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <location filename="../../ui/inside/InsidePageExports.cpp" line="+27"/>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export feature maps as PNG…</source>
        <translation>Exportar mapas de características como PNG…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export kernels as PNG…</source>
        <translation>Exportar kernels como PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export explainer frame as PNG…</source>
        <translation>Exportar fotograma de la explicación como PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export activations (.pt)…</source>
        <translation>Exportar activaciones (.pt)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PyTorch tensors (*.pt)</source>
        <translation>Tensores de PyTorch (*.pt)</translation>
    </message>
    <message>
        <location filename="../../ui/inside/InsidePage.cpp" line="-183"/>
        <source>No dataset loaded: a blank image</source>
        <translation>Sin conjunto de datos cargado: una imagen en blanco</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>test image %1, label %2</source>
        <translation>imagen de test %1, etiqueta %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 · predicted %2</source>
        <translation>%1 · predicción %2</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The architecture is not valid</source>
        <translation>La arquitectura no es válida</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Weights: frozen frame</source>
        <translation>Pesos: imagen congelada</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1, channel %2 (%3×%4)</source>
        <translation>%1, canal %2 (%3×%4)</translation>
    </message>
    <message>
        <location filename="../../ui/inside/InsidePageExports.cpp" line="+24"/>
        <source>Open the Convolution, Pooling or Toeplitz tab to export its frame.</source>
        <translation>Abrir la pestaña Convolución, Pooling o Toeplitz para exportar su fotograma.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no feature maps to save yet.</source>
        <translation>Todavía no hay mapas de características que guardar.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::KernelGrid</name>
    <message>
        <location filename="../../ui/inside/KernelView.cpp" line="+44"/>
        <source>Convolution kernels</source>
        <translation>Kernels de convolución</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+127"/>
        <source>No kernels yet.</source>
        <translation>Aún no hay kernels.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 (row %2, column %3) = %4
Click to use it in the convolution explainer</source>
        <translation>%1 (fila %2, columna %3) = %4
Hacer clic para usarlo en la explicación de la convolución</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::KernelView</name>
    <message>
        <location line="+48"/>
        <source>Kernels</source>
        <translation>Kernels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which convolution&apos;s kernels to show</source>
        <translation>De qué convolución mostrar los kernels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deeper convolution has one kernel per input channel for each output channel: browse the output channels (Page Up/Down)</source>
        <translation>Una convolución más profunda tiene un kernel por canal de entrada para cada canal de salida: recorrer los canales de salida (RePág/AvPág)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output channel </source>
        <translation>canal de salida </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This network has no convolution layer, so it has no kernels: its first layer weighs every pixel at once (see Feature maps).</source>
        <translation>Esta red no tiene capa convolucional, así que no tiene kernels: su primera capa pondera todos los píxeles a la vez (vea Mapas de características).</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1&apos;s %2 kernels of %3×%3</source>
        <translation>Los %2 kernels de %3×%3 de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 kernels of %3×%3, one per output channel. Blue is negative, white zero, red positive; hover for values, click one to step it over an image.</source>
        <translation>%1: %2 kernels de %3×%3, uno por canal de salida. Azul es negativo, blanco cero y rojo positivo; pasar el puntero por encima para ver los valores, hacer clic en uno para aplicarlo paso a paso sobre una imagen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in %1 (%2)</source>
        <translation>ent. %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in %1</source>
        <translation>ent. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 output channel %2: %3 kernels of %4×%4, one per input channel</source>
        <translation>%1, canal de salida %2: %3 kernels de %4×%4, uno por canal de entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, output channel %2 of %3: one %4×%4 kernel per input channel (%5), summed into one map.</source>
        <translation>%1, canal de salida %2 de %3: un kernel de %4×%4 por canal de entrada (%5), sumados en un solo mapa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click one to step it over the image&apos;s plane it reads.</source>
        <translation>Haga clic en uno para recorrer paso a paso el plano de la imagen que lee.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/common/LanguageMenu.cpp" line="+16"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CNN Lab will use the new language the next time it starts.</source>
        <translation>CNN Lab usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+66"/>
        <source>CNN Lab</source>
        <translation>CNN Lab</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Design &amp;&amp; train</source>
        <translation>Diseño y entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside</source>
        <translation>Por dentro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design the network, watch its layer sizes, and train it (Alt+1).</source>
        <translation>Diseñar la red, ver los tamaños de sus capas y entrenarla (Alt+1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look inside the network (Alt+2).</source>
        <translation>Mirar dentro de la red (Alt+2).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw a digit and watch the models read it (Alt+3).</source>
        <translation>Dibujar un dígito y ver cómo lo leen los modelos (Alt+3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare Models A, B and C fairly (Alt+4).</source>
        <translation>Comparar los modelos A, B y C de forma justa (Alt+4).</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Inside: export</source>
        <translation>&amp;Por dentro: exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dra&amp;wings</source>
        <translation>&amp;Dibujos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comparisons</source>
        <translation>&amp;Comparaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dataset</source>
        <translation>&amp;Conjunto de datos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Training</source>
        <translation>En&amp;trenamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fine-tune a shipped model</source>
        <translation>&amp;Ajustar un modelo incluido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CNN Lab</source>
        <translation>&amp;Acerca de CNN Lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 · %2 training / %3 test images · %4</source>
        <translation>%1 · %2 imágenes de entrenamiento / %3 de test · %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dataset loaded (%1 chosen: Dataset menu)</source>
        <translation>Sin conjunto de datos cargado (elegido: %1; menú Conjunto de datos)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not open the architecture</source>
        <translation>No se pudo abrir la arquitectura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load the weights</source>
        <translation>No se pudieron cargar los pesos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not open the run</source>
        <translation>No se pudo abrir la ejecución</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not open the comparison</source>
        <translation>No se pudo abrir la comparación</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open the file</source>
        <translation>No se pudo abrir el archivo</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MapView</name>
    <message>
        <location filename="../../ui/inside/MapView.cpp" line="+32"/>
        <source>Enlarged map</source>
        <translation>Mapa ampliado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hover the map for a value</source>
        <translation>Pasar el puntero por el mapa para ver un valor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enlarged map plot</source>
        <translation>Gráfico del mapa ampliado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click a tile to enlarge it.</source>
        <translation>Hacer clic en un recuadro para ampliarlo.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>(row %1, column %2) = %3</source>
        <translation>(fila %1, columna %2) = %3</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MirrorsDialog</name>
    <message>
        <location filename="../../ui/data/MirrorsDialog.cpp" line="+22"/>
        <source>Download mirrors</source>
        <translation>Espejos de descarga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;The downloads try these mirrors in order, one URL per line. A file&apos;s URL is the mirror URL followed by its name, e.g. &lt;code&gt;%1&lt;/code&gt;. Every file is checked against its published checksum, whichever mirror serves it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las descargas prueban estos espejos por orden, una URL por línea. La URL de un archivo es la URL del espejo seguida de su nombre, p. ej. &lt;code&gt;%1&lt;/code&gt;. Cada archivo se comprueba con su suma de verificación publicada, sea cual sea el espejo que lo sirva.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Put the default mirrors on this page: torchvision&apos;s for MNIST and Fashion-MNIST, the authors&apos; site for CIFAR-10.</source>
        <translation>Poner en esta página los servidores espejo predeterminados: los de torchvision para MNIST y Fashion-MNIST, el sitio de los autores para CIFAR-10.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The %1 list is empty: add a mirror or press Restore Defaults.</source>
        <translation>La lista de %1 está vacía: añadir un espejo o pulsar «Restaurar los valores predeterminados».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is not a mirror URL; use an absolute http://, https:// or file:// URL.</source>
        <translation>%1: «%2» no es una URL de espejo; usar una URL absoluta http://, https:// o file://.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not write the settings to %1.</source>
        <translation>No se pudo escribir la configuración en %1.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MisclassifiedGallery</name>
    <message>
        <location filename="../../ui/compare/MisclassifiedGallery.cpp" line="+62"/>
        <source>Whose mistakes to show.</source>
        <translation>De quién mostrar los errores.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Misclassified test images</source>
        <translation>Imágenes de test mal clasificadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test images this run got wrong, most confident mistakes first (true → predicted, confidence). Click one to see every model&apos;s probabilities; double-click to look inside.</source>
        <translation>Imágenes de test que esta ejecución falló, primero los errores con más confianza (real → predicción, confianza). Hacer clic en una para ver las probabilidades de cada modelo; doble clic para verla por dentro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click an image to see how each model reads it.</source>
        <translation>Hacer clic en una imagen para ver cómo la lee cada modelo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each model&apos;s probabilities for the chosen image</source>
        <translation>Probabilidades de cada modelo para la imagen elegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look inside</source>
        <translation>Ver por dentro</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+194"/>
        <source>Send this image to the Inside page (Enter).</source>
        <translation>Enviar esta imagen a la página Por dentro (Intro).</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+191"/>
        <source>Ask why: open this image on the Draw page with the run&apos;s model, and show where it looked.</source>
        <translation>Preguntar por qué: abrir esta imagen en la página Dibujar con el modelo de la ejecución y mostrar dónde miró.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Test image %1 (a %2; model %3 said %4)</source>
        <translation>Imagen de test %1 (un %2; el modelo %3 dijo %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, seed %2 (comparison &quot;%3&quot;)</source>
        <translation>%1, semilla %2 (comparación «%3»)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, seed %2 (%3 %)</source>
        <translation>%1, semilla %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Trained on %1: load it to see the mistakes.</source>
        <translation>Entrenado con %1: cárguelo para ver los errores.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot evaluate: %1</source>
        <translation>No se puede evaluar: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 wrong of %2</source>
        <translation>%1 errores de %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test image %1: a %2, read as %3 with %4 % confidence</source>
        <translation>Imagen de test %1: un %2, leído como %3 con un %4 % de confianza</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Why? opens the image on the Draw page, which reads 28 × 28 grey images; this dataset&apos;s are %1 × %1%2.</source>
        <translation>¿Por qué? abre la imagen en la página Dibujar, que lee imágenes grises de 28 × 28; las de este conjunto son de %1 × %1%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> in colour</source>
        <translation> en color</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Test image %1: a %2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Imagen de test %1: un %2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;/table&gt;&lt;p&gt;Probabilities in %, seed %1 of every model; bold: the model&apos;s answer.&lt;/p&gt;</source>
        <translation>&lt;/table&gt;&lt;p&gt;Probabilidades en %, semilla %1 de cada modelo; en negrita: la respuesta del modelo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ModelColumn</name>
    <message>
        <location filename="../../ui/draw/ModelColumn.cpp" line="+35"/>
        <source>Which network this column shows: a shipped pretrained model, the network being trained (updated live while it trains) or a weights file you loaded</source>
        <translation>Qué red muestra esta columna: un modelo preentrenado incluido, la red que se está entrenando (se actualiza en vivo mientras entrena) o un archivo de pesos cargado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column %1&apos;s network</source>
        <translation>Red de la columna %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model %1 (shipped)</source>
        <translation>Modelo %1 (incluido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Network being trained</source>
        <translation>Red en entrenamiento</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+135"/>
        <location line="+27"/>
        <source>Loaded weights</source>
        <translation>Pesos cargados</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Inside →</source>
        <translation>Por dentro →</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The network this column shows; pick another above</source>
        <translation>La red que muestra esta columna; elegir otra arriba</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How often this network is right on MNIST&apos;s 10,000 test images</source>
        <translation>Con qué frecuencia acierta esta red en las 10 000 imágenes de test de MNIST</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marked when this model&apos;s answer differs from the others&apos;</source>
        <translation>Se marca cuando la respuesta de este modelo difiere de la de los demás</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer is a guess: the network was not sure, or the picture is unlike a single digit (ink filling the box, several separate marks)</source>
        <translation>La respuesta es una suposición: la red no estaba segura, o la imagen no parece un solo dígito (tinta que llena el recuadro, varias marcas separadas)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This column reads the drawing changed by &quot;Fool the network&quot;, not your drawing</source>
        <translation>Esta columna lee el dibujo modificado por «Engañar a la red», no tu dibujo</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Available once a network is training</source>
        <translation>Disponible cuando se esté entrenando una red</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available once weights are loaded (File → Load trained weights)</source>
        <translation>Disponible cuando se carguen pesos (Archivo → Cargar pesos entrenados)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded: %1</source>
        <translation>Cargados: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trained network (%1)</source>
        <translation>Red entrenada (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your trained network</source>
        <translation>Tu red entrenada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your network</source>
        <translation>Tu red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network trained on the Design page</source>
        <translation>La red entrenada en la página Diseño y entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its test accuracy is plotted on the Design page</source>
        <translation>Su precisión en test se representa en la página Diseño y entrenamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trained, %1</source>
        <translation>entrenada, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network being trained&lt;br&gt;live: updates as it learns</source>
        <translation>la red en entrenamiento&lt;br&gt;en vivo: se actualiza mientras aprende</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>test accuracy not known here</source>
        <translation>precisión en test desconocida aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded weights: %1</source>
        <translation>Pesos cargados: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure it with cnnlab-cli eval --weights FILE</source>
        <translation>Medirla con cnnlab-cli eval --weights ARCHIVO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shipped Model %1, trained by cnnlab-cli (see the README)</source>
        <translation>El modelo %1 incluido, entrenado con cnnlab-cli (ver el README)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MNIST test accuracy&lt;br&gt;&lt;b&gt;%1&#xa0;%&lt;/b&gt;</source>
        <translation>Precisión en test de MNIST&lt;br&gt;&lt;b&gt;%1&#xa0;%&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST test accuracy not known</source>
        <translation>Precisión en test de MNIST desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured on MNIST&apos;s 10,000 test images when it was trained.
Recipe: %1</source>
        <translation>Medida en las 10 000 imágenes de test de MNIST al entrenarlo.
Receta: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: probabilities</source>
        <translation>%1: probabilidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the drawing to the Inside page with %1&apos;s weights (%2)</source>
        <translation>Enviar el dibujo a la página Por dentro con los pesos de %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to read, so nothing is predicted</source>
        <translation>Nada que leer, así que no hay predicción</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unsure: %1</source>
        <translation>Dudoso: %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::NewDatasetDialog</name>
    <message>
        <location filename="../../ui/data/NewDatasetDialog.cpp" line="+23"/>
        <source>New dataset</source>
        <translation>Nuevo conjunto de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>our-shapes</source>
        <translation>nuestras-formas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dataset&apos;s folder name; the status bar and saved runs show it.</source>
        <translation>El nombre de carpeta del conjunto de datos; la barra de estado y las ejecuciones guardadas lo muestran.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>circle
star
triangle</source>
        <translation>círculo
estrella
triángulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One class a line, 2 to 62 of them. Each becomes a folder, so / \ : * ? &quot; &lt; &gt; | cannot be used, and &quot;test&quot; and &quot;val&quot; are kept for the test split.</source>
        <translation>Una clase por línea, de 2 a 62. Cada una se convierte en una carpeta, así que / \ : * ? &quot; &lt; &gt; | no se pueden usar, y «test» y «val» se reservan para la partición de prueba.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many examples each class should get; the counters count towards it. 20 a class trains Model A in under a minute.</source>
        <translation>Cuántos ejemplos debe tener cada clase; los contadores cuentan hacia ese número. Con 20 por clase, el Modelo A entrena en menos de un minuto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;In:</source>
        <translation>&amp;En:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Classes:</source>
        <translation>&amp;Clases:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Examples a class:</source>
        <translation>E&amp;jemplos por clase:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;reate and start drawing</source>
        <translation>C&amp;rear y empezar a dibujar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose where the dataset goes.</source>
        <translation>Elija dónde va el conjunto de datos.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Where the dataset goes</source>
        <translation>Dónde va el conjunto de datos</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::PlotPanel</name>
    <message>
        <location filename="../../ui/training/PlotPanel.cpp" line="+45"/>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cross-entropy loss</source>
        <translation>Pérdida de entropía cruzada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy (%)</source>
        <translation>Precisión (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>loss per iteration</source>
        <translation>pérdida por iteración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>smoothed</source>
        <translation>suavizada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Learning rate (dotted)</source>
        <translation>Tasa de aprendizaje (punteada)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>test accuracy</source>
        <translation>precisión en test</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>training accuracy</source>
        <translation>precisión de entrenamiento</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>iteration %1
loss %2 (smoothed %3)</source>
        <translation>iteración %1
pérdida %2 (suavizada %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>iteration %1
test accuracy %2%</source>
        <translation>iteración %1
precisión de prueba %2 %</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Drag to pan, wheel to zoom, double-click to follow the training again.</source>
        <translation>Arrastrar para desplazar, rueda para hacer zoom, doble clic para volver a seguir el entrenamiento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Iteration</source>
        <translation>Iteración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 by iteration</source>
        <translation>%1 por iteración</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>training accuracy %1%</source>
        <translation>precisión de entrenamiento %1 %</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Could not encode the plots as PNG.</source>
        <translation>No se pudieron codificar los gráficos como PNG.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CNN Lab training curves</source>
        <translation>Curvas de entrenamiento de CNN Lab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not start the PDF writer.</source>
        <translation>No se pudo iniciar el generador de PDF.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::PoolingExplainer</name>
    <message>
        <location filename="../../ui/inside/PoolingExplainer.cpp" line="+24"/>
        <source>size </source>
        <translation>tamaño </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Width and height of the input crop</source>
        <translation>Ancho y alto del recorte de entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row </source>
        <translation>fila </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column </source>
        <translation>columna </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Top row of the crop in the image</source>
        <translation>Fila superior del recorte en la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left column of the crop in the image</source>
        <translation>Columna izquierda del recorte en la imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>window </source>
        <translation>ventana </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pooling window size (K); the lesson uses 2</source>
        <translation>Tamaño de la ventana de pooling (K); la lección usa 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stride </source>
        <translation>paso </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How far the window moves (S); PyTorch&apos;s default is K</source>
        <translation>Cuánto se desplaza la ventana (S); el valor predeterminado de PyTorch es K</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Input crop:</source>
        <translation>Recorte de entrada:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pooling:</source>
        <translation>Pooling:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Window at row %1, column %2 → output (%3, %4):&lt;br&gt;&lt;b&gt;max&lt;/b&gt;(%5) = &lt;b&gt;%6&lt;/b&gt; (ringed in red)&lt;br&gt;&lt;b&gt;average&lt;/b&gt; = (%7)/%8 = &lt;b&gt;%9&lt;/b&gt;</source>
        <translation>Ventana en fila %1, columna %2 → salida (%3, %4):&lt;br&gt;&lt;b&gt;max&lt;/b&gt;(%5) = &lt;b&gt;%6&lt;/b&gt; (rodeado en rojo)&lt;br&gt;&lt;b&gt;media&lt;/b&gt; = (%7)/%8 = &lt;b&gt;%9&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::PresentationMode</name>
    <message>
        <location filename="../../ui/common/PresentationMode.cpp" line="+39"/>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full screen, large enough to read from the back of a room (F5; Esc leaves).</source>
        <translation>Pantalla completa, con letra lo bastante grande para leerla desde el fondo del aula (F5; Esc para salir).</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ProbabilityBars</name>
    <message>
        <location filename="../../ui/draw/ProbabilityBars.cpp" line="+36"/>
        <source>The model&apos;s probability for each digit (softmax). The largest is its answer.</source>
        <translation>La probabilidad del modelo para cada dígito (softmax). La mayor es su respuesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probabilities</source>
        <translation>Probabilidades</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Reads %1 with probability %2</source>
        <translation>Lee %1 con probabilidad %2</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::QuitQuestion</name>
    <message>
        <location filename="../../ui/design/QuitQuestion.cpp" line="+42"/>
        <source>Quit CNN Lab</source>
        <translation>Salir de CNN Lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network is still training. Quit and lose this run?</source>
        <translation>Todavía se está entrenando una red. ¿Salir y perder esta ejecución?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last run was not saved. Quit and lose it?</source>
        <translation>La última ejecución no se guardó. ¿Salir y perderla?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save stops the training and saves the run (its settings, curves, results and weights) before quitting.</source>
        <translation>«Detener y guardar» detiene el entrenamiento y guarda la ejecución (su configuración, curvas, resultados y pesos) antes de salir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save keeps its settings, curves, results and weights in a file.</source>
        <translation>«Guardar ejecución» conserva su configuración, curvas, resultados y pesos en un archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and &amp;save…</source>
        <translation>Detener y &amp;guardar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save run…</source>
        <translation>&amp;Guardar ejecución…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Salir sin guardar</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RecentFiles</name>
    <message>
        <location filename="../../ui/common/RecentFiles.cpp" line="+25"/>
        <source>architecture</source>
        <translation>arquitectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run</source>
        <translation>ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comparison</source>
        <translation>comparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawing</source>
        <translation>dibujo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class set</source>
        <translation>dibujos de la clase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dataset folder</source>
        <translation>carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIFAR-10</source>
        <translation>CIFAR-10</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RecentFilesMenu</name>
    <message>
        <location line="+83"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1%2 — %3</source>
        <translation>%1%2 — %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::SavedComparisonsList</name>
    <message>
        <location filename="../../ui/compare/SavedComparisonsList.cpp" line="+19"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparisons saved in the app&apos;s data folder. Double-click to open; F2 renames.</source>
        <translation>Comparaciones guardadas en la carpeta de datos de la aplicación. Doble clic para abrir; F2 para cambiar el nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected comparison (F2).</source>
        <translation>Cambiar el nombre de la comparación seleccionada (F2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected comparison and its weights, after a question.</source>
        <translation>Eliminar la comparación seleccionada y sus pesos, previa confirmación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete comparison</source>
        <translation>Eliminar comparación</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 × %2 seeds</source>
        <translation>%1 × %2 semillas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not rename</source>
        <translation>No se pudo cambiar el nombre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete &quot;%1&quot; and its weights files?
%2</source>
        <translation>¿Eliminar «%1» y sus archivos de pesos?
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not delete</source>
        <translation>No se pudo eliminar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open this comparison</source>
        <translation>No se puede abrir esta comparación</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ScheduleEditor</name>
    <message>
        <location filename="../../ui/training/ScheduleEditor.cpp" line="+17"/>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step down</source>
        <translation>bajar por pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosine to 0</source>
        <translation>coseno hasta 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the learning rate changes during the run. Constant is the lesson&apos;s; step down multiplies it by a factor after chosen iterations (PyTorch&apos;s MultiStepLR); cosine lowers it smoothly to 0 by the last iteration (CosineAnnealingLR). The loss plot shows the rate on its right axis.</source>
        <translation>Cómo cambia la tasa de aprendizaje durante la ejecución. Constante es la de la lección; bajar por pasos la multiplica por un factor tras las iteraciones elegidas (MultiStepLR de PyTorch); coseno la baja suavemente hasta 0 en la última iteración (CosineAnnealingLR). La gráfica de pérdida muestra la tasa en su eje derecho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learning-rate schedule</source>
        <translation>Programa de la tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The factor the rate is multiplied by at each milestone (PyTorch&apos;s gamma).</source>
        <translation>El factor por el que se multiplica la tasa en cada hito (gamma de PyTorch).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 1500,2500</source>
        <translation>p. ej. 1500,2500</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The iterations after which the rate drops, separated by commas.</source>
        <translation>Las iteraciones tras las que baja la tasa, separadas por comas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>after</source>
        <translation>tras</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::StackDiagram</name>
    <message>
        <location filename="../../ui/design/StackDiagram.cpp" line="+29"/>
        <source>The feature maps drawn to scale: each box&apos;s side is the layer&apos;s height/width, labelled with its channels. Convolution with same padding keeps the size, pooling shrinks it.</source>
        <translation>Los mapas de características dibujados a escala: el lado de cada caja es el alto/ancho de la capa, con sus canales como etiqueta. La convolución con relleno «same» mantiene el tamaño; el pooling lo reduce.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The network&apos;s layers drawn as boxes</source>
        <translation>Las capas de la red dibujadas como cajas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid at %1: %2</source>
        <translation>no válida en %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>%1 ch</source>
        <translation>%1 can.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::StepControls</name>
    <message>
        <location filename="../../ui/inside/StepControls.cpp" line="+32"/>
        <source>Back to the first window</source>
        <translation>Volver a la primera ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One window back</source>
        <translation>Una ventana atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Avanzar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One window forward</source>
        <translation>Una ventana adelante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the whole output</source>
        <translation>Completar toda la salida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play speed: windows per second</source>
        <translation>Velocidad de reproducción: ventanas por segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>window %1 of %2</source>
        <translation>ventana %1 de %2</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ToeplitzView</name>
    <message>
        <location filename="../../ui/inside/ToeplitzView.cpp" line="+15"/>
        <source>input </source>
        <translation>entrada </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input width and height (a crop from the middle of the page&apos;s image)</source>
        <translation>Ancho y alto de la entrada (un recorte del centro de la imagen de la página)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kernel to unroll</source>
        <translation>El kernel que se desenrolla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>padding </source>
        <translation>relleno </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeros on every side (P)</source>
        <translation>Ceros en cada lado (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stride </source>
        <translation>paso </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How far the window moves (S)</source>
        <translation>Cuánto se desplaza la ventana (S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kernel:</source>
        <translation>Kernel:</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>✓ The matrix product equals the sliding-window result, number for number (largest difference %1).</source>
        <translation>✓ El producto de matrices coincide con el resultado de la ventana deslizante, número a número (mayor diferencia: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ The matrix product differs from the sliding window by up to %1.</source>
        <translation>✗ El producto de matrices difiere de la ventana deslizante hasta en %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Padded input %1×%2 flattened to a vector of %3; output %4×%5 = %6 cells, so the matrix is %6×%3. Each row holds the kernel&apos;s %7 values where its window&apos;s pixels sit; each block of %5 rows repeats the block above shifted right by %8 columns — the band.</source>
        <translation>La entrada con relleno de %1×%2 se aplana en un vector de %3; la salida de %4×%5 = %6 celdas, así que la matriz es de %6×%3. Cada fila contiene los %7 valores del kernel donde están los píxeles de su ventana; cada bloque de %5 filas repite el bloque de arriba desplazado %8 columnas a la derecha: la banda.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::TrainingPanel</name>
    <message>
        <location filename="../../ui/training/TrainingPanel.cpp" line="+70"/>
        <source>n_iters: how many batches to train on. One iteration = one batch through the network, the loss, the gradients and one parameter update. The lesson uses 3000.</source>
        <translation>n_iters: con cuántos lotes entrenar. Una iteración = un lote que pasa por la red, la pérdida, los gradientes y una actualización de los parámetros. La lección usa 3000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>batch_size: how many images each iteration looks at (the lesson uses 100).</source>
        <translation>batch_size: cuántas imágenes mira cada iteración (la lección usa 100).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>learning_rate: how big a step the optimizer takes along the gradient (the lesson uses 0.01 with SGD).</source>
        <translation>learning_rate: el tamaño del paso que da el optimizador a lo largo del gradiente (la lección usa 0,01 con SGD).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How parameters are updated from their gradients. The lesson uses plain SGD.</source>
        <translation>Cómo se actualizan los parámetros a partir de sus gradientes. La lección usa SGD simple.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Momentum for SGD + momentum: how much of the previous step is kept.</source>
        <translation>Momentum para SGD + momentum: cuánto se conserva del paso anterior.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay (PyTorch&apos;s weight_decay): every step also pulls each weight towards 0 by this fraction of the learning rate, which keeps weights small and can curb overfitting. The lesson uses none.</source>
        <translation>Decaimiento de pesos (weight_decay de PyTorch): cada paso además acerca cada peso a 0 en esta fracción de la tasa de aprendizaje, lo que mantiene los pesos pequeños y puede frenar el sobreajuste. La lección no lo usa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only at the end</source>
        <translation>solo al final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the test accuracy every N iterations (the lesson: every 500) and print the lesson&apos;s line: Iteration, Loss, Accuracy.</source>
        <translation>Calcular la precisión en test cada N iteraciones (la lección: cada 500) e imprimir la línea de la lección: Iteration, Loss, Accuracy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all test images</source>
        <translation>todas las imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate on the first N test images only (faster on a slow laptop).</source>
        <translation>Evaluar solo con las primeras N imágenes de test (más rápido en un equipo lento).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all images</source>
        <translation>todas las imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> images</source>
        <translation> imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on only N training images, drawn at random from the seed (the same N for the same seed). Try 600 against all 60,000 and watch the training and test accuracy part: a small set is learnt by heart.</source>
        <translation>Entrenar solo con N imágenes de entrenamiento, elegidas al azar a partir de la semilla (las mismas N con la misma semilla). Prueba 600 frente a las 60 000 y mira cómo se separan la precisión de entrenamiento y la de prueba: un conjunto pequeño se aprende de memoria.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The seed of the random weight initialization and the shuffling: the same seed gives the same run.</source>
        <translation>La semilla de la inicialización aleatoria de los pesos y de la mezcla de los datos: la misma semilla da la misma ejecución.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the tensors live: the CPU, or a CUDA GPU (model and tensors must both be on the GPU).</source>
        <translation>Dónde residen los tensores: la CPU o una GPU CUDA (el modelo y los tensores deben estar ambos en la GPU).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CUDA (GPU)</source>
        <translation>CUDA (GPU)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — unavailable</source>
        <translation> — no hay</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads for the training. Auto (the default) tries all %1 cores and one fewer while it trains, and keeps whichever is faster right now: the window and other programs need some of the computer too. A number fixes the count.</source>
        <translation>Hilos de CPU para el entrenamiento. Auto (el valor predeterminado) prueba con los %1 núcleos y con uno menos mientras entrena, y se queda con la opción más rápida en cada momento: la ventana y otros programas también necesitan parte del equipo. Un número fija la cantidad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Augment the images</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not the lesson&apos;s recipe: each batch is randomly rotated, scaled, shifted, bent and made thicker or thinner, and on MNIST some 1s, 7s and 9s are replaced by drawn continental 1s, crossed 7s and straight-stem 9s, so the network reads hand-drawn digits better. Off keeps the lesson&apos;s training exactly.</source>
        <translation>No es la receta de la lección: cada lote se rota, escala, desplaza y deforma al azar, y se hace más grueso o más fino; en MNIST, además, algunos 1, 7 y 9 se sustituyen por 1 continentales dibujados, 7 con barra y 9 de trazo recto, para que la red lea mejor los dígitos dibujados a mano. Desactivado, el entrenamiento es exactamente el de la lección.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iteraciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Tamaño de lote:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learning rate:</source>
        <translation>Tasa de &amp;aprendizaje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimizador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Momentum:</source>
        <translation>&amp;Momentum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weight decay:</source>
        <translation>&amp;Decaimiento de pesos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluate every:</source>
        <translation>&amp;Evaluar cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test images:</source>
        <translation>Imágenes de test:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on:</source>
        <translation>Entrenar con:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See&amp;d:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;vice:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU &amp;threads:</source>
        <translation>&amp;Hilos de CPU:</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+119"/>
        <source>Iteration %v / %m</source>
        <translation>Iteración %v / %m</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Iteration %1 of %2 · epoch %3
%4 images/s · %5 left</source>
        <translation>Iteración %1 de %2 · época %3
%4 imágenes/s · restante: %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Paused at iteration %1 (Ctrl+P resumes).</source>
        <translation>En pausa en la iteración %1 (Ctrl+P para reanudar).</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Paused at %v / %m</source>
        <translation>En pausa en %v / %m</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finished: %1 iterations in %2</source>
        <translation>Terminado: %1 iteraciones en %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped after %1 iterations.</source>
        <translation>Detenido tras %1 iteraciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diverged: %1</source>
        <translation>Divergió: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · accuracy %1%</source>
        <translation> · precisión %1%</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::Translations</name>
    <message>
        <location filename="../../ui/common/Translations.cpp" line="+35"/>
        <source>English</source>
        <comment>The name of this translation&apos;s language, in that language</comment>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::VaryArmsRow</name>
    <message>
        <location filename="../../ui/compare/VaryArmsRow.cpp" line="+22"/>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iterations</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training images</source>
        <translation>Imágenes de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Augmentation</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the arms train differently; everything else stays the same for all of them.</source>
        <translation>Lo que las variantes entrenan de otra manera; todo lo demás es igual para todas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each checked model becomes one arm per value (at most %1 arms).</source>
        <translation>Cada modelo marcado se convierte en una variante por valor (como máximo %1 variantes).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values, separated by commas, e.g. %1</source>
        <translation>Los valores, separados por comas, p. ej. %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::WhyView</name>
    <message>
        <location filename="../../ui/draw/WhyView.cpp" line="+37"/>
        <source>Occlusion: a %1 × %1 square of background slides over the input; red where hiding the pixels lowers the probability of the class, blue where it raises it.</source>
        <translation>Oclusión: un cuadrado de fondo de %1 × %1 se desliza sobre la entrada; rojo donde ocultar los píxeles baja la probabilidad de la clase, azul donde la sube.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saliency: how much a tiny change of each pixel would change the class&apos;s score (|∂ score / ∂ pixel|).</source>
        <translation>Saliencia: cuánto cambiaría la puntuación de la clase con un cambio minúsculo de cada píxel (|∂ puntuación / ∂ píxel|).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gradient × input: how much each pixel&apos;s ink pushes towards the class (red) or away from it (blue).</source>
        <translation>Gradiente × entrada: cuánto empuja la tinta de cada píxel hacia la clase (rojo) o en su contra (azul).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grad-CAM: where the last convolution block&apos;s maps that matter for the class are active, scaled up to the input.</source>
        <translation>Grad-CAM: dónde están activos los mapas del último bloque convolucional que importan para la clase, escalados al tamaño de la entrada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why did it say that?</source>
        <translation>¿Por qué dijo eso?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show where each network looked to give its answer (Ctrl+Y)</source>
        <translation>Mostrar dónde miró cada red para dar su respuesta (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How to show where the network looked</source>
        <translation>Cómo mostrar dónde miró la red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occlusion</source>
        <translation>Oclusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saliency</source>
        <translation>Saliencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient × input</source>
        <translation>Gradiente × entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to show where each network looked for its answer</source>
        <translation>Cómo mostrar dónde buscó cada red su respuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class to explain</source>
        <translation>Clase a explicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predicted class</source>
        <translation>clase predicha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain each network&apos;s own answer, or where it finds evidence for another digit</source>
        <translation>Explicar la respuesta de cada red, o dónde encuentra indicios de otro dígito</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>window </source>
        <translation>ventana </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side of the square of background slid over the input, in pixels</source>
        <translation>Lado del cuadrado de fondo que se desliza sobre la entrada, en píxeles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stride </source>
        <translation>paso </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far the square moves each step, in pixels</source>
        <translation>Cuánto se mueve el cuadrado en cada paso, en píxeles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where it looked:</source>
        <translation>Dónde miró:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Draw a digit to see where each network looked</source>
        <translation>Dibujar un dígito para ver dónde miró cada red</translation>
    </message>
</context>
</TS>
