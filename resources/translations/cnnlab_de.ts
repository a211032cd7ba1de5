<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ColumnSources</name>
    <message>
        <location filename="../../ui/draw/ColumnSources.cpp" line="+49"/>
        <source>1 iteration</source>
        <translation>1 Iteration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 iterations</source>
        <translation>%1 Iterationen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no network</source>
        <translation>kein Netz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the trained network (%1)</source>
        <translation>das trainierte Netz (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network being trained (live)</source>
        <translation>das Netz im Training (live)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loaded: %1</source>
        <translation>geladen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped Model %1</source>
        <translation>mitgeliefertes Modell %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No network is training yet</source>
        <translation>Es wird noch kein Netz trainiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No weights loaded</source>
        <translation>Keine Gewichte geladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model %1 could not be loaded: %2</source>
        <translation>Modell %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not shipped</source>
        <translation>nicht mitgeliefert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The network gave no answer</source>
        <translation>Das Netz hat keine Antwort gegeben</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../core/drawing/LabelledDrawingSet.cpp" line="+18"/>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: more than %2 drawings; choose the folder of one class set</source>
        <translation>%1: mehr als %2 Zeichnungen; bitte den Ordner eines einzelnen Klassensatzes wählen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: no ink</source>
        <translation>%1: keine Tinte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds no labelled drawing (*.json with a &quot;label&quot;)</source>
        <translation>%1 enthält keine beschriftete Zeichnung (*.json mit einem &quot;label&quot;)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n file(s) could not be read, the first: %1</source>
        <translation>
            <numerusform>; %n Datei konnte nicht gelesen werden: %1</numerusform>
            <numerusform>; %n Dateien konnten nicht gelesen werden, die erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/compare/CompareCurves.cpp" line="+38"/>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <location filename="../../ui/design/ArchitecturePanel.cpp" line="+28"/>
        <source>Model A: 2 conv layers with same padding (P = 2) and 2 max pooling layers, then 1 fully connected layer (1568 → 10). Lesson: 97.04% after 3000 iterations.</source>
        <translation>Modell A: 2 Faltungsschichten mit „same“ Padding (P = 2) und 2 Max-Pooling-Schichten, dann 1 vollständig verbundene Schicht (1568 → 10). Lektion: 97,04 % nach 3000 Iterationen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model B: like Model A, but with 2 average pooling layers. Lesson: 93.59% after 3000 iterations.</source>
        <translation>Modell B: wie Modell A, aber mit 2 Average-Pooling-Schichten. Lektion: 93,59 % nach 3000 Iterationen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model C: 2 conv layers with valid padding (P = 0, smaller output) and 2 max pooling layers, then 1 fully connected layer (512 → 10). Lesson: 96.5%.</source>
        <translation>Modell C: 2 Faltungsschichten mit „valid“ Padding (P = 0, kleinere Ausgabe) und 2 Max-Pooling-Schichten, dann 1 vollständig verbundene Schicht (512 → 10). Lektion: 96,5 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FNN: the feedforward network the lesson starts from: no convolution, the 28×28 pixels flattened into 784 inputs, a hidden layer of 100, then 10 outputs.</source>
        <translation>FNN: das Feedforward-Netz, mit dem die Lektion beginnt: keine Faltung, die 28×28 Pixel zu 784 Eingaben flachgelegt, eine verborgene Schicht mit 100, dann 10 Ausgaben.</translation>
    </message>
    <message>
        <location filename="../../ui/design/DimensionView.cpp" line="+22"/>
        <source>convolution %1×%1, stride %2, padding %3</source>
        <translation>Faltung %1×%1, Schrittweite %2, Padding %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch norm: each channel to mean 0, variance 1, then scaled and shifted</source>
        <translation>Batch-Norm: jeder Kanal auf Mittelwert 0, Varianz 1, dann skaliert und verschoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pooling %1×%1, stride %2</source>
        <translation>Pooling %1×%1, Schrittweite %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropout: zeroes %1 % of the values at random while training</source>
        <translation>Dropout: setzt beim Training zufällig %1 % der Werte auf 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fully connected (affine function)</source>
        <translation>vollständig verbunden (affine Funktion)</translation>
    </message>
    <message>
        <location filename="../../ui/inside/ColorMaps.cpp" line="+102"/>
        <source>Viridis (colour-blind safe)</source>
        <translation>Viridis (für Farbenblinde geeignet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cividis (colour-blind safe)</source>
        <translation>Cividis (für Farbenblinde geeignet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic (inferno-like)</source>
        <translation>Klassisch (ähnlich Inferno)</translation>
    </message>
    <message>
        <location filename="../../ui/inside/ConvolutionExplainer.cpp" line="+37"/>
        <source>Convolution: input, kernel and products</source>
        <translation>Faltung: Eingabe, Kernel und Produkte</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>input %1×%2 + zero border %3</source>
        <translation>Eingabe %1×%2 + Nullrand %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/inside/PoolingExplainer.cpp" line="+52"/>
        <source>input %1×%2</source>
        <translation>Eingabe %1×%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kernel %1×%1</source>
        <translation>Kernel %1×%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Convolution output</source>
        <translation>Ausgabe der Faltung</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>output %1×%2</source>
        <translation>Ausgabe %1×%2</translation>
    </message>
    <message>
        <location filename="../../ui/inside/PngExport.cpp" line="+17"/>
        <source>%1: could not encode the image as PNG.</source>
        <translation>%1: Das Bild konnte nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/inside/PoolingExplainer.cpp" line="-22"/>
        <source>Pooling: input crop, max pool and average pool</source>
        <translation>Pooling: Eingabeausschnitt, Max-Pooling und Average-Pooling</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>max pool %1×%2</source>
        <translation>Max-Pool %1×%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average pool %1×%2</source>
        <translation>Average-Pool %1×%2</translation>
    </message>
    <message>
        <location filename="../../ui/inside/ToeplitzView.cpp" line="+39"/>
        <source>Toeplitz matrix product</source>
        <translation>Toeplitz-Matrixprodukt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>product reshaped to %1×%2</source>
        <translation>Produkt umgeformt zu %1×%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sliding window</source>
        <translation>gleitendes Fenster</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Toeplitz matrix %1×%2</source>
        <translation>Toeplitz-Matrix %1×%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>row %1 = output (%2, %3); column %4 = padded pixel (%5, %6); value %7</source>
        <translation>Zeile %1 = Ausgabe (%2, %3); Spalte %4 = Pixel mit Padding (%5, %6); Wert %7</translation>
    </message>
    <message>
        <location filename="../../ui/inside/WeightsChoice.cpp" line="+18"/>
        <source>Network being trained</source>
        <translation>Netz im Training</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1 (shipped)</source>
        <translation>Modell %1 (mitgeliefert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded weights file</source>
        <translation>Geladene Gewichtsdatei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weights: fresh (seed 0, untrained)</source>
        <translation>Gewichte: neu (Seed 0, untrainiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights: the network being trained (live)</source>
        <translation>Gewichte: das Netz im Training (live)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Weights: loaded from a file</source>
        <translation>Gewichte: aus einer Datei geladen</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Weights: the network as trained</source>
        <translation>Gewichte: das Netz wie trainiert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>These weights read %1 × %2 × %2 images; this image is %3 × %4 × %4. Choose other weights, or train on this dataset.</source>
        <translation>Diese Gewichte lesen Bilder von %1 × %2 × %2; dieses Bild hat %3 × %4 × %4. Andere Gewichte wählen oder auf diesem Datensatz trainieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weights: %1 (sent with the image)</source>
        <translation>Gewichte: %1 (mit dem Bild gesendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No weights came with an image yet.</source>
        <translation>Mit einem Bild kamen noch keine Gewichte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No weights file is loaded (File → Load trained weights…).</source>
        <translation>Keine Gewichtsdatei geladen (Datei → Trainierte Gewichte laden…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model %1 could not be loaded: %2</source>
        <translation>Modell %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights: shipped Model %1</source>
        <translation>Gewichte: mitgeliefertes Modell %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (trained on MNIST digits, not %1)</source>
        <translation> (mit MNIST-Ziffern trainiert, nicht mit %1)</translation>
    </message>
    <message>
        <location filename="../../ui/inside/WeightsChoice.h" line="+52"/>
        <source>Sent from Draw/Compare</source>
        <translation>Aus Zeichnen/Vergleich gesendet</translation>
    </message>
</context>
<context>
    <name>cnnlab::AppSession</name>
    <message>
        <location filename="../../core/AppSession.cpp" line="+84"/>
        <source>No %1 files in %2.</source>
        <translation>Keine %1-Dateien in %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The dataset cannot change while training.</source>
        <translation>Der Datensatz kann während des Trainings nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Training is already running.</source>
        <translation>Das Training läuft bereits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No %1 data loaded: use File → Choose dataset folder or download…</source>
        <translation>Keine %1-Daten geladen: Datei → Datensatzordner wählen oder herunterladen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The training could not start.</source>
        <translation>Das Training konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ArmSettings</name>
    <message>
        <location filename="../../core/runs/ArmSettings.cpp" line="+63"/>
        <source>momentum %1</source>
        <translation>Momentum %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lr %1</source>
        <translation>LR %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight decay %1</source>
        <translation>Gewichtsabnahme %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule %1</source>
        <translation>Zeitplan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 iterations</source>
        <translation>%1 Iterationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>augmented</source>
        <translation>augmentiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not augmented</source>
        <translation>nicht augmentiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all images</source>
        <translation>alle Bilder</translation>
    </message>
</context>
<context>
    <name>cnnlab::CaptureFolder</name>
    <message>
        <location filename="../../core/data/CaptureFolder.cpp" line="+40"/>
        <source>A class needs a name.</source>
        <translation>Eine Klasse braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>„%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; has a character a folder name cannot hold (one of / \ : * ? &quot; &lt; &gt; |).</source>
        <translation>„%1“ enthält ein Zeichen, das ein Ordnername nicht enthalten kann (eines von / \ : * ? &quot; &lt; &gt; |).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; starts with a dot, which hides a folder.</source>
        <translation>„%1“ beginnt mit einem Punkt, der einen Ordner verbirgt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; names the test split&apos;s folder; choose another name.</source>
        <translation>„%1“ ist der Name des Testordners; bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A dataset needs at least %1 classes.</source>
        <translation>Ein Datensatz braucht mindestens %1 Klassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+266"/>
        <source>A dataset can have at most %1 classes, not %2.</source>
        <translation>Ein Datensatz kann höchstens %1 Klassen haben, nicht %2.</translation>
    </message>
    <message>
        <location line="-256"/>
        <location line="+254"/>
        <source>&quot;%1&quot; is named twice.</source>
        <translation>„%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not empty; choose a new folder, or add to that one with &quot;Add to a dataset&quot;.</source>
        <translation>%1 ist nicht leer; bitte einen neuen Ordner wählen oder mit „Zu einem Datensatz hinzufügen“ diesen ergänzen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+236"/>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+124"/>
        <source>There is no class %1.</source>
        <translation>Es gibt keine Klasse %1.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 is not a PNG, JPEG or BMP file.</source>
        <translation>%1 ist keine PNG-, JPEG- oder BMP-Datei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be read as an image: %2</source>
        <translation>%1 kann nicht als Bild gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The camera gave no picture.</source>
        <translation>Die Kamera hat kein Bild geliefert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The photo could not be stored as a JPEG image.</source>
        <translation>Das Foto konnte nicht als JPEG-Bild gespeichert werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+38"/>
        <source>%1 is not in this dataset.</source>
        <translation>%1 gehört nicht zu diesem Datensatz.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Cannot delete %1.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 cannot be put back: its class folder has changed.</source>
        <translation>%1 kann nicht zurückgelegt werden: Sein Klassenordner hat sich geändert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot move %1 to %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>cnnlab::Cifar10</name>
    <message>
        <location filename="../../core/data/Cifar10.cpp" line="+42"/>
        <source>%1: %2 bytes is not %3 records of %4 bytes (a label and 3 × 32 × 32 pixels)</source>
        <translation>%1: %2 Bytes sind nicht %3 Datensätze zu je %4 Bytes (ein Label und 3 × 32 × 32 Pixel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number of</source>
        <translation>eine ganze Zahl von</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: record %2 has the label %3; CIFAR-10&apos;s are 0 to 9</source>
        <translation>%1: Datensatz %2 hat das Label %3; bei CIFAR-10 sind es 0 bis 9</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2 class names; CIFAR-10 has %3, one a line</source>
        <translation>%1: %2 Klassennamen; CIFAR-10 hat %3, einen pro Zeile</translation>
    </message>
</context>
<context>
    <name>cnnlab::Cifar10ArchiveUnpacker</name>
    <message>
        <location filename="../../core/data/Cifar10Archive.cpp" line="+66"/>
        <source>the archive holds %1 twice</source>
        <translation>das Archiv enthält %1 zweimal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 in the archive: %2 bytes is not a whole number of records of %3 bytes, up to %4</source>
        <translation>%1 im Archiv: %2 Bytes sind keine ganze Zahl von Datensätzen zu je %3 Bytes, höchstens %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 in the archive is %2 bytes; ten class names are far fewer</source>
        <translation>%1 im Archiv hat %2 Bytes; zehn Klassennamen sind weit weniger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+26"/>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 in the archive: record %2 has the label %3; CIFAR-10&apos;s are 0 to 9</source>
        <translation>%1 im Archiv: Datensatz %2 hat das Label %3; bei CIFAR-10 sind es 0 bis 9</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>the archive lacks %1</source>
        <translation>dem Archiv fehlt %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 in the archive holds %2 records, data_batch_1.bin %3</source>
        <translation>%1 im Archiv enthält %2 Datensätze, data_batch_1.bin %3</translation>
    </message>
</context>
<context>
    <name>cnnlab::DatasetDownloader</name>
    <message>
        <location filename="../../core/data/DatasetDownloader.cpp" line="+84"/>
        <source>No folder was given for the download.</source>
        <translation>Für den Download wurde kein Ordner angegeben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download cancelled.</source>
        <translation>Download abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetDownloaderFolder.cpp" line="+41"/>
        <source>No download mirror is configured for %1.</source>
        <translation>Für %1 ist kein Download-Spiegelserver eingerichtet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a usable mirror URL: &quot;%1&quot; (expected an http://, https:// or file:// address).</source>
        <translation>Keine verwendbare Spiegelserver-URL: „%1“ (erwartet wird eine http://-, https://- oder file://-Adresse).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetDownloader.cpp" line="+133"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the transfer broke off after %1 of %2 bytes (%3)</source>
        <translation>die Übertragung brach nach %1 von %2 Bytes ab (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the transfer ended after %1 of %2 bytes</source>
        <translation>die Übertragung endete nach %1 von %2 Bytes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>checksum mismatch (MD5 %1, expected %2)</source>
        <translation>Prüfsumme stimmt nicht (MD5 %1, erwartet %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not download %1 from any mirror:
%2</source>
        <translation>%1 konnte von keinem Spiegelserver heruntergeladen werden:
%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no data received for %1 s</source>
        <translation>seit %1 s keine Daten empfangen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>not CIFAR-10&apos;s release: %1</source>
        <translation>nicht die Veröffentlichung von CIFAR-10: %1</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetDownloaderFolder.cpp" line="+7"/>
        <source>%1 is ready in %2 (the release was already there).</source>
        <translation>%1 ist bereit in %2 (die Veröffentlichung war schon da).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is ready in %2 (all files were already there and verified).</source>
        <translation>%1 ist bereit in %2 (alle Dateien waren schon da und geprüft).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is ready in %2 (the archive&apos;s MD5 verified, %3 files unpacked).</source>
        <translation>%1 ist bereit in %2 (MD5 des Archivs geprüft, %3 Dateien entpackt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 file downloaded</source>
        <translation>1 Datei heruntergeladen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 files downloaded</source>
        <translation>%1 Dateien heruntergeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is ready in %2 (%3, all verified).</source>
        <translation>%1 ist bereit in %2 (%3, alle geprüft).</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetDownloader.cpp" line="-5"/>
        <source>the file is larger than %1 MB, which no dataset file is</source>
        <translation>die Datei ist größer als %1 MB – so groß ist keine Datensatzdatei</translation>
    </message>
    <message>
        <location filename="../../core/data/DatasetDownloaderFolder.cpp" line="+27"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cnnlab::Experiments</name>
    <message>
        <location filename="../../core/runs/Experiments.cpp" line="+49"/>
        <source>A + a 3rd convolution</source>
        <translation>A + 3. Faltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A, pooling once</source>
        <translation>A, einmal Pooling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A + a 100-unit layer</source>
        <translation>A + Schicht mit 100</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all images</source>
        <translation>alle Bilder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not augmented</source>
        <translation>nicht augmentiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>augmented</source>
        <translation>augmentiert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A + batch norm</source>
        <translation>A + Batch-Norm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A + dropout 0.25</source>
        <translation>A + Dropout 0,25</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FNN vs CNN</source>
        <translation>FNN gegen CNN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transition from a feedforward network: the same pixels, flattened into 784 inputs of a hidden layer, or read by convolution and pooling first (Model A).</source>
        <translation>Der Übergang vom Feedforward-Netz: dieselben Pixel, flachgelegt zu 784 Eingaben einer verborgenen Schicht, oder zuerst von Faltung und Pooling gelesen (Modell A).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max vs average pooling</source>
        <translation>Max- gegen Average-Pooling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model A (max pooling) against Model B (average pooling).</source>
        <translation>Modell A (Max-Pooling) gegen Modell B (Average-Pooling).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same vs valid padding</source>
        <translation>Same- gegen Valid-Padding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model A (same padding) against Model C (valid padding).</source>
        <translation>Modell A (Same-Padding) gegen Modell C (Valid-Padding).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ways to expand a CNN</source>
        <translation>Ein CNN erweitern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More convolutional layers, less aggressive downsampling, more fully connected layers. Cons: need a larger dataset; does not necessarily mean higher accuracy.</source>
        <translation>Mehr Faltungsschichten, weniger starkes Verkleinern, mehr vollständig verbundene Schichten. Nachteile: braucht mehr Daten; heißt nicht unbedingt höhere Genauigkeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SGD vs momentum vs Adam</source>
        <translation>SGD gegen Momentum gegen Adam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model A trained by three optimizers (Adam at its usual rate, 0.001).</source>
        <translation>Modell A mit drei Optimierern trainiert (Adam mit seiner üblichen Rate 0,001).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>600 vs 6,000 vs 60,000 training images</source>
        <translation>600 gegen 6.000 gegen 60.000 Trainingsbilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A larger network needs a larger dataset: the gap between training and test accuracy shows it.</source>
        <translation>Ein größeres Netz braucht mehr Daten: die Lücke zwischen Trainings- und Testgenauigkeit zeigt es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With and without augmentation</source>
        <translation>Mit und ohne Augmentierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model A trained on the images as they are, and on randomly rotated, scaled and shifted ones.</source>
        <translation>Modell A, trainiert auf den Bildern, wie sie sind, und auf zufällig gedrehten, skalierten und verschobenen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch norm and dropout</source>
        <translation>Batch-Norm und Dropout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model A, with batch normalisation after each convolution, and with dropout after each block: two common additions to a CNN, one to train faster, one to overfit less.</source>
        <translation>Modell A, mit Batch-Normalisierung nach jeder Faltung und mit Dropout nach jedem Block: zwei übliche Ergänzungen eines CNN, die eine für schnelleres Training, die andere gegen Überanpassung.</translation>
    </message>
</context>
<context>
    <name>cnnlab::FineTune</name>
    <message>
        <location filename="../../core/training/FineTune.cpp" line="+30"/>
        <source>There are no weights to start from.</source>
        <translation>Es gibt keine Gewichte, von denen aus begonnen werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights read %1 × %1 images with %2 channel(s); %3&apos;s are %4 × %4 with %5.</source>
        <translation>Die Gewichte lesen %1 × %1-Bilder mit %2 Kanal/Kanälen; die von %3 sind %4 × %4 mit %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The weights have %1 outputs; %2 has %3 classes.</source>
        <translation>Die Gewichte haben %1 Ausgaben; %2 hat %3 Klassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The weights read the digits 0 to 9; %1&apos;s classes are %2. Name the class folders 0 to 9.</source>
        <translation>Die Gewichte lesen die Ziffern 0 bis 9; die Klassen von %1 sind %2. Die Klassenordner 0 bis 9 nennen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weights were trained on the classes %1; %2&apos;s are %3.</source>
        <translation>Die Gewichte wurden mit den Klassen %1 trainiert; die von %2 sind %3.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ImageDataset</name>
    <message>
        <location filename="../../core/data/ImageDatasetSources.cpp" line="+70"/>
        <source>the %1/ folder</source>
        <translation>der Ordner %1/</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % of each class held back, seed %2</source>
        <translation>%1 % jeder Klasse zurückbehalten, Seed %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the standard test set</source>
        <translation>die Standard-Testmenge</translation>
    </message>
</context>
<context>
    <name>cnnlab::ImageFolderDataset</name>
    <message>
        <location filename="../../core/data/ImageFolderDataset.cpp" line="+64"/>
        <source>an empty drawing</source>
        <translation>eine leere Zeichnung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>too large (%1 × %2 px)</source>
        <translation>zu groß (%1 × %2 px)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too small (%1 × %2 px; at least %3 × %3)</source>
        <translation>zu klein (%1 × %2 px; mindestens %3 × %3)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the input must be %1 to %2 pixels square with 1 or 3 channels, not %3 × %3 with %4</source>
        <translation>die Eingabe muss quadratisch mit %1 bis %2 Pixeln und 1 oder 3 Kanälen sein, nicht %3 × %3 mit %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no image of the class &quot;%1&quot; could be used for training (%2: %3)</source>
        <translation>kein Bild der Klasse „%1“ ist für das Training verwendbar (%2: %3)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ImageFolderIndex</name>
    <message>
        <location filename="../../core/data/ImageFolderIndex.cpp" line="+66"/>
        <source>the name is not valid UTF-8</source>
        <translation>der Name ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a link to nothing</source>
        <translation>eine Verknüpfung ins Leere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a link back to a folder already read (a loop)</source>
        <translation>eine Verknüpfung zurück zu einem schon gelesenen Ordner (eine Schleife)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>folders nested deeper than %1</source>
        <translation>Ordner tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder cannot be read</source>
        <translation>der Ordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 has both %2/ and %3/: keep one test folder</source>
        <translation>%1 enthält sowohl %2/ als auch %3/: nur einen Testordner behalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the class folder &quot;%1&quot; in %2 has a name that is not valid UTF-8: rename it</source>
        <translation>der Klassenordner „%1“ in %2 hat einen Namen, der kein gültiges UTF-8 ist: bitte umbenennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no class folders: put each class&apos;s images in a folder named after it</source>
        <translation>%1 enthält keine Klassenordner: die Bilder jeder Klasse in einen Ordner mit ihrem Namen legen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has one class folder (%2): a network needs at least two classes to tell apart</source>
        <translation>%1 enthält nur einen Klassenordner (%2): ein Netz braucht mindestens zwei Klassen, um sie zu unterscheiden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has %2 class folders; CNN Lab reads at most %3</source>
        <translation>%1 enthält %2 Klassenordner; CNN Lab liest höchstens %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing in %1/: %2</source>
        <translation>fehlen in %1/: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only in %1/: %2</source>
        <translation>nur in %1/: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the classes of %1/ differ from the training classes (%2)</source>
        <translation>die Klassen in %1/ weichen von den Trainingsklassen ab (%2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not in a class folder</source>
        <translation>nicht in einem Klassenordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a hidden file</source>
        <translation>eine versteckte Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a PNG, JPEG or BMP image or a drawing (.json)</source>
        <translation>kein PNG-, JPEG- oder BMP-Bild und keine Zeichnung (.json)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 holds more than %2 files and folders; CNN Lab reads a class&apos;s own collection, not a large dataset</source>
        <translation>%1 enthält mehr als %2 Dateien und Ordner; CNN Lab liest die eigene Sammlung einer Klasse, keinen großen Datensatz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the test fraction must be above 0 and below 1, not %1</source>
        <translation>der Testanteil muss größer als 0 und kleiner als 1 sein, nicht %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the class folder &quot;%1&quot; in %2 holds no image or drawing</source>
        <translation>der Klassenordner „%1“ in %2 enthält kein Bild und keine Zeichnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the class folder &quot;%1/%2&quot; in %3 holds no image or drawing</source>
        <translation>der Klassenordner „%1/%2“ in %3 enthält kein Bild und keine Zeichnung</translation>
    </message>
</context>
<context>
    <name>cnnlab::TarGzReader</name>
    <message>
        <location filename="../../core/data/TarGzReader.cpp" line="+195"/>
        <source>not a tar archive: the header at byte %1 has a wrong checksum</source>
        <translation>kein tar-Archiv: der Kopf bei Byte %1 hat eine falsche Prüfsumme</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the tar entry &quot;%1&quot; has a size this reader does not take (8 GB or more, or not a number)</source>
        <translation>der tar-Eintrag „%1“ hat eine Größe, die dieser Leser nicht annimmt (8 GB oder mehr, oder keine Zahl)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the tar archive&apos;s extended header at byte %1 is too long (%2 bytes)</source>
        <translation>der erweiterte Kopf des tar-Archivs bei Byte %1 ist zu lang (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the tar archive ends inside a header (after %1 bytes)</source>
        <translation>das tar-Archiv endet mitten in einem Kopf (nach %1 Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tar archive ends inside &quot;%1&quot; (%2 bytes missing)</source>
        <translation>das tar-Archiv endet mitten in „%1“ (%2 Bytes fehlen)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>zlib could not be initialised</source>
        <translation>zlib konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>zlib could not be reset</source>
        <translation>zlib konnte nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a gzip-compressed file (%1)</source>
        <translation>keine gzip-komprimierte Datei (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the compressed data is corrupt (%1)</source>
        <translation>die komprimierten Daten sind beschädigt (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the archive unpacks to more than %1 MB</source>
        <translation>das Archiv entpackt sich zu mehr als %1 MB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the compressed data is corrupt (no progress)</source>
        <translation>die komprimierten Daten sind beschädigt (kein Fortschritt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the archive is empty or not gzip-compressed</source>
        <translation>das Archiv ist leer oder nicht gzip-komprimiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the archive is cut short (the compressed stream does not end)</source>
        <translation>das Archiv ist abgeschnitten (der komprimierte Datenstrom endet nicht)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui</name>
    <message>
        <location filename="../../ui/common/UiHelpers.cpp" line="+57"/>
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>;;All files (*)</source>
        <translation>;;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::AboutDialog</name>
    <message>
        <location filename="../../ui/common/AboutDialog.cpp" line="+25"/>
        <source>About CNN Lab</source>
        <translation>Über CNN Lab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;CNN Lab %1&lt;/h3&gt;&lt;p&gt;Design a convolutional neural network, watch every layer&apos;s size change (O = (W − K + 2P)/S + 1) and train it on MNIST, following the lesson &lt;i&gt;Convolutional Neural Network with PyTorch&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CNN Lab %1&lt;/h3&gt;&lt;p&gt;Ein Convolutional Neural Network entwerfen, zusehen, wie sich die Größe jeder Schicht ändert (O = (W − K + 2P)/S + 1), und es mit MNIST trainieren – nach der Lektion &lt;i&gt;Convolutional Neural Network with PyTorch&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy these facts as plain text, for a problem report</source>
        <translation>Diese Angaben als reinen Text kopieren, für eine Fehlermeldung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CNN Lab %1</source>
        <translation>CNN Lab %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 not found (File → Choose dataset folder or download…, or --data DIR)</source>
        <translation>%1 nicht gefunden (Datei → Datensatzordner wählen oder herunterladen…, oder --data DIR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2 (not loaded yet)</source>
        <translation>%1 in %2 (noch nicht geladen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebaut mit %2)</translation>
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
        <translation>CPU-Befehlssätze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reported by LibTorch</source>
        <translation>von LibTorch nicht gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training threads</source>
        <translation>Trainings-Threads</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Auto (every core or one fewer, whichever trains faster; %n core(s) here)</source>
        <translation>
            <numerusform>Automatisch (alle Kerne oder einer weniger, je nachdem, was schneller trainiert; hier %n Kern)</numerusform>
            <numerusform>Automatisch (alle Kerne oder einer weniger, je nachdem, was schneller trainiert; hier %n Kerne)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped models</source>
        <translation>Mitgelieferte Modelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A, B and C, compiled into the program</source>
        <translation>A, B und C, ins Programm einkompiliert</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ArchitecturePanel</name>
    <message>
        <location filename="../../ui/design/ArchitecturePanel.cpp" line="+14"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FNN</source>
        <translation>FNN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortcut: Ctrl+%1</source>
        <translation>Tastenkürzel: Strg+%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The input: one grey-scale MNIST image, 1 channel of 28×28 pixels.</source>
        <translation>Die Eingabe: ein MNIST-Graustufenbild, 1 Kanal mit 28×28 Pixeln.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add conv block</source>
        <translation>+ &amp;Conv-Block</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add another convolution + pooling block (at most %1). More convolutional layers are one way to expand a CNN.</source>
        <translation>Einen weiteren Block aus Faltung + Pooling hinzufügen (höchstens %1). Mehr Faltungsschichten sind eine Möglichkeit, ein CNN zu erweitern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove last block</source>
        <translation>Block ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the last conv block; with none left it is a feedforward network (FNN).</source>
        <translation>Den letzten Faltungsblock entfernen; ohne Block ist es ein Feedforward-Netz (FNN).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Batch norm and dropout</source>
        <translation>Batch-Norm und Dropout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show batch normalisation and dropout, two common additions to a CNN beyond the lesson, in every block and after the hidden layer. Unticking takes them out of the network.</source>
        <translation>Batch-Normalisierung und Dropout zeigen, zwei übliche Ergänzungen eines CNN über die Lektion hinaus, in jedem Block und nach der verborgenen Schicht. Abwählen nimmt sie aus dem Netz.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Hidden FC layer</source>
        <translation>&amp;Verdeckte FC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An extra fully connected layer (an affine function and a ReLU) before the output layer. More fully connected layers are another way to expand a network.</source>
        <translation>Eine zusätzliche vollständig verbundene Schicht (eine affine Funktion und eine ReLU) vor der Ausgabeschicht. Mehr vollständig verbundene Schichten sind eine weitere Möglichkeit, ein Netz zu erweitern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> units</source>
        <translation> Neuronen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many neurons the hidden fully connected layer has.</source>
        <translation>Wie viele Neuronen die verdeckte vollständig verbundene Schicht hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropout after the hidden layer: while training, each of its values is set to 0 with this probability, so the output layer cannot rely on any one neuron. Testing uses every value.</source>
        <translation>Dropout nach der verborgenen Schicht: Beim Training wird jeder ihrer Werte mit dieser Wahrscheinlichkeit auf 0 gesetzt, damit sich die Ausgabeschicht auf kein einzelnes Neuron verlassen kann. Beim Testen zählt jeder Wert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropo&amp;ut</source>
        <translation>Dropo&amp;ut</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Input: %1×%2×%2 (channels × height × width)</source>
        <translation>Eingabe: %1×%2×%2 (Kanäle × Höhe × Breite)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;custom&lt;/b&gt;</source>
        <translation>&lt;b&gt;eigenes Netz&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;FNN&lt;/b&gt;</source>
        <translation>&lt;b&gt;FNN&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Model %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modell %1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ArmDialog</name>
    <message>
        <location filename="../../ui/compare/ArmDialog.cpp" line="+39"/>
        <source>Edit arm</source>
        <translation>Variante bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>as the comparison</source>
        <translation>wie der Vergleich</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosine to 0</source>
        <translation>Kosinus bis 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L2 penalty on the weights (PyTorch&apos;s weight_decay); none is the lesson&apos;s.</source>
        <translation>L2-Strafterm auf die Gewichte (PyTorchs weight_decay); keiner ist der der Lektion.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Train on this many images drawn from each seed; 0 is all of them.</source>
        <translation>Mit so vielen Bildern trainieren, je Seed zufällig gezogen; 0 heißt alle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Optimizer</source>
        <translation>&amp;Optimierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learning rate</source>
        <translation>&amp;Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weight decay</source>
        <translation>&amp;Weight Decay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch</source>
        <translation>&amp;Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Iterations</source>
        <translation>&amp;Iterationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Training images</source>
        <translation>&amp;Trainingsbilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Augmentation</source>
        <translation>&amp;Augmentierung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What this arm trains differently; the seeds, the test images and the rest are the comparison&apos;s.</source>
        <translation>Was diese Variante anders trainiert; Seeds, Testbilder und der Rest gehören zum Vergleich.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Give the arm a name.</source>
        <translation>Geben Sie der Variante einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another arm is already called &quot;%1&quot;.</source>
        <translation>Eine andere Variante heißt bereits „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The learning rate must be at least %1.</source>
        <translation>Die Lernrate muss mindestens %1 betragen.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::BoundedSpinBox</name>
    <message>
        <location filename="../../ui/common/BoundedSpinBox.cpp" line="+16"/>
        <source>%1 goes from %2 to %3; %4 is too large.</source>
        <translation>%1 reicht von %2 bis %3; %4 ist zu groß.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 goes from %2 to %3; %4 is too small.</source>
        <translation>%1 reicht von %2 bis %3; %4 ist zu klein.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CameraPanel</name>
    <message>
        <location filename="../../ui/data/CameraPanel.cpp" line="+46"/>
        <source>The camera the photos are taken with.</source>
        <translation>Die Kamera, mit der die Fotos aufgenommen werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Take ph&amp;oto (Space)</source>
        <translation>&amp;Foto aufnehmen (Leertaste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save what the camera sees as the chosen class.</source>
        <translation>Speichert, was die Kamera sieht, als die gewählte Klasse.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The photo could not be taken: %1</source>
        <translation>Das Foto konnte nicht aufgenommen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera starts when this tab is shown.</source>
        <translation>Die Kamera startet, wenn dieser Reiter gezeigt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This copy of CNN Lab was built without camera support (Qt Multimedia). Add photos with Add pictures…, or drop them on this window.</source>
        <translation>Diese Version von CNN Lab wurde ohne Kameraunterstützung (Qt Multimedia) gebaut. Fügen Sie Fotos mit „Bilder hinzufügen…“ hinzu oder ziehen Sie sie auf dieses Fenster.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No camera was found. Connect one and it is found by itself, or add photos with Add pictures… or by dropping them on this window.</source>
        <translation>Keine Kamera gefunden. Schließen Sie eine an, sie wird von selbst erkannt, oder fügen Sie Fotos mit „Bilder hinzufügen…“ hinzu oder ziehen Sie sie auf dieses Fenster.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The camera cannot be used: %1</source>
        <translation>Die Kamera kann nicht benutzt werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Camera: %1</source>
        <translation>Kamera: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The camera is not ready yet.</source>
        <translation>Die Kamera ist noch nicht bereit.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is no camera to take a photo with.</source>
        <translation>Es gibt keine Kamera, mit der ein Foto aufgenommen werden könnte.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CaptureDialog</name>
    <message>
        <location filename="../../ui/data/CaptureDialog.cpp" line="+50"/>
        <source>Draw examples — %1</source>
        <translation>Beispiele zeichnen – %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>target </source>
        <translation>Ziel </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> a class</source>
        <translation> je Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many examples each class should get; a class that has them is ticked.</source>
        <translation>Wie viele Beispiele jede Klasse bekommen soll; eine Klasse, die sie hat, wird abgehakt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Train on it…</source>
        <translation>&amp;Darauf trainieren…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The class the next drawing is saved as (keys 1-9), and how many each has.</source>
        <translation>Die Klasse, als die die nächste Zeichnung gespeichert wird (Tasten 1–9), und wie viele jede hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;class…</source>
        <translation>&amp;Klasse hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new class: a new folder in the dataset.</source>
        <translation>Eine neue Klasse: ein neuer Ordner im Datensatz.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Save (Enter)</source>
        <translation>&amp;Speichern (Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the drawing as the chosen class and clear the canvas for the next one.</source>
        <translation>Die Zeichnung als gewählte Klasse speichern und die Leinwand für die nächste leeren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear (Esc)</source>
        <translation>&amp;Leeren (Esc)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the drawing again.</source>
        <translation>Die Zeichnung neu beginnen.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Add &amp;pictures…</source>
        <translation>&amp;Bilder hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy PNG, JPEG or BMP files into the chosen class (or drop them here).</source>
        <translation>PNG-, JPEG- oder BMP-Dateien in die gewählte Klasse kopieren (oder hierher ziehen).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Draw</source>
        <translation>&amp;Zeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;mera</source>
        <translation>Ka&amp;mera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw examples on the canvas.</source>
        <translation>Beispiele auf die Zeichenfläche zeichnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photograph examples: a drawing on paper, an object, a hand sign.</source>
        <translation>Beispiele fotografieren: eine Zeichnung auf Papier, einen Gegenstand, ein Handzeichen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1  %2 — %3 / %4</source>
        <translation>%1  %2 – %3 / %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draw a %1 here</source>
        <translation>Hier zeichnen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph: %1 (%2 of %3). Space takes it.</source>
        <translation>Fotografieren: %1 (%2 von %3). Die Leertaste nimmt es auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw: %1 (%2 of %3). Enter saves it.</source>
        <translation>Zeichnen: %1 (%2 von %3). Eingabe speichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a class to start (Add class…).</source>
        <translation>Zuerst eine Klasse hinzufügen (Klasse hinzufügen…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this folder as the dataset, to train on it.</source>
        <translation>Diesen Ordner als Datensatz öffnen, um darauf zu trainieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every class needs at least one example first.</source>
        <translation>Jede Klasse braucht zuerst mindestens ein Beispiel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draw a %1 on the canvas first.</source>
        <translation>Zuerst auf der Leinwand zeichnen: %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has %2; now %3.</source>
        <translation>%1 hat %2; jetzt %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Added %1 to &quot;%2&quot;.</source>
        <translation>%1 zu „%2“ hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out %1:</source>
        <translation>%1 ausgelassen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(and %1 more)</source>
        <translation>(und %1 weitere)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add pictures to &quot;%1&quot;</source>
        <translation>Bilder zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a class</source>
        <translation>Eine Klasse hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class name:</source>
        <translation>Name der Klasse:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added the class &quot;%1&quot;.</source>
        <translation>Klasse „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved drawing</source>
        <translation>Ungespeicherte Zeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The canvas holds a drawing that is not saved. Save it as &quot;%1&quot;?</source>
        <translation>Auf der Leinwand ist eine ungespeicherte Zeichnung. Als „%1“ speichern?</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CaptureThumbnails</name>
    <message>
        <location filename="../../ui/data/CaptureThumbnails.cpp" line="+54"/>
        <source>What this class holds. Select and press Delete to remove, or move to another class.</source>
        <translation>Was diese Klasse enthält. Auswählen und Entf drücken zum Entfernen, oder in eine andere Klasse verschieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected examples (Delete). Undo delete puts them back.</source>
        <translation>Die gewählten Beispiele löschen (Entf). „Löschen rückgängig“ legt sie zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn under the wrong class? Move the selected examples to the right one.</source>
        <translation>Unter der falschen Klasse gezeichnet? Die gewählten Beispiele in die richtige verschieben.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Deleted %1 of &quot;%2&quot; (Undo delete puts it back).</source>
        <translation>%1 aus „%2“ gelöscht („Löschen rückgängig“ legt es zurück).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Put back %1.</source>
        <translation>%1 zurückgelegt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Moved %1 to &quot;%2&quot;.</source>
        <translation>%1 nach „%2“ verschoben.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CompareCurves</name>
    <message>
        <location filename="../../ui/compare/CompareCurves.cpp" line="+30"/>
        <source>Training loss (smoothed)</source>
        <translation>Verlust (geglättet)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean over seeds as a line, min–max over seeds as a band. Drag to pan, wheel to zoom.</source>
        <translation>Mittelwert über die Seeds als Linie, Min–Max über die Seeds als Band. Ziehen zum Verschieben, Mausrad zum Zoomen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dashed: the training accuracy. Right-click to hide or show it.</source>
        <translation>Gestrichelt: die Trainingsgenauigkeit. Rechtsklick blendet sie aus oder ein.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Show training accuracy</source>
        <translation>Trainingsgenauigkeit zeigen</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>%1 (mean of %2 seeds)</source>
        <translation>%1 (Mittel aus %2 Seeds)</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>%1, training</source>
        <translation>%1, Training</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dashed: training accuracy</source>
        <translation>gestrichelt: Trainingsgenauigkeit</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>No curves yet</source>
        <translation>Noch keine Kurven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One curve per model: %1</source>
        <translation>Eine Kurve pro Modell: %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ComparePage</name>
    <message>
        <location filename="../../ui/compare/ComparePage.cpp" line="+63"/>
        <source>Run a comparison or open a saved one.

Choose the models and seeds on the left and press Run comparison, or double-click a saved comparison.</source>
        <translation>Einen Vergleich starten oder einen gespeicherten öffnen.

Links Modelle und Seeds wählen und auf „Vergleich starten“ klicken oder einen gespeicherten Vergleich doppelklicken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No comparison yet</source>
        <translation>Noch kein Vergleich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved comparisons</source>
        <translation>Gespeicherte Vergleiche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mistakes</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which digits each model confuses.</source>
        <translation>Welche Ziffern jedes Modell verwechselt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test images a run got wrong, most confident first.</source>
        <translation>Die Testbilder, die ein Lauf falsch erkannt hat, die sichersten zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open comparison…</source>
        <translation>Vergleich öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a saved comparison (its run.json).</source>
        <translation>Einen gespeicherten Vergleich öffnen (seine run.json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a comparison</source>
        <translation>Vergleich öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comparison (run.json)</source>
        <translation>Vergleich (run.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Could not open the comparison</source>
        <translation>Der Vergleich konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Export comparison results as CSV…</source>
        <translation>Vergleichsergebnisse als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Load a dataset first (File → Choose dataset folder or download…).</source>
        <translation>Zuerst einen Datensatz laden (Datei → Datensatzordner wählen oder herunterladen…).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Design page is training; stop it first so the timings stay fair.</source>
        <translation>Auf der Seite „Entwurf &amp; Training“ läuft ein Training; bitte zuerst stoppen, damit die Zeiten vergleichbar bleiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot start the comparison</source>
        <translation>Der Vergleich kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping; the finished runs are kept…</source>
        <translation>Wird gestoppt; die beendeten Läufe bleiben erhalten…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 runs finished%3; saved.</source>
        <translation>%1 von %2 Läufen beendet%3; gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (stopped)</source>
        <translation> (gestoppt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save the comparison</source>
        <translation>Der Vergleich konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before any run finished.</source>
        <translation>Gestoppt, bevor ein Lauf beendet war.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No run finished.</source>
        <translation>Kein Lauf beendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The comparison stopped</source>
        <translation>Der Vergleich wurde gestoppt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparison &quot;%1&quot;: %2</source>
        <translation>Vergleich „%1“: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A comparison is running; stop it first.</source>
        <translation>Ein Vergleich läuft; bitte zuerst stoppen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opened &quot;%1&quot;.</source>
        <translation>„%1“ geöffnet.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+7"/>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>models: check some on the left</source>
        <translation>Modelle (links auswählen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models %1</source>
        <translation>Modelle %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare %1 on %2: same seeds, same batches — only the architecture differs.</source>
        <translation>%1 im Vergleich auf %2: gleiche Seeds, gleiche Batches – nur die Architektur unterscheidet sich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare %1: same seeds, same batches — only the architecture differs.</source>
        <translation>%1 im Vergleich: gleiche Seeds, gleiche Batches – nur die Architektur unterscheidet sich.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — training…</source>
        <translation> – Training läuft…</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CompareResultsModel</name>
    <message>
        <location filename="../../ui/compare/CompareResultsModel.cpp" line="+59"/>
        <source>%1 M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mean ± sample standard deviation over %1 seeds; lowest %2 %, highest %3 %</source>
        <translation>Mittelwert ± Stichproben-Standardabweichung über %1 Seeds; niedrigster Wert %2 %, höchster %3 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training accuracy %1 % minus test accuracy %2 %, in points: how much better the model does on images it trained on. A wide gap is overfitting.</source>
        <translation>Trainingsgenauigkeit %1 % minus Testgenauigkeit %2 %, in Prozentpunkten: wie viel besser das Modell auf Bildern ist, mit denen es trainiert wurde. Eine große Lücke ist Überanpassung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not measured: these runs were saved before training accuracy was recorded.</source>
        <translation>Nicht gemessen: Diese Läufe wurden gespeichert, bevor die Trainingsgenauigkeit aufgezeichnet wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 multiplications, each with an addition, to read one image: what the network costs to run, where the parameters are what it costs to store</source>
        <translation>%1 Multiplikationen, jede mit einer Addition, um ein Bild zu lesen: was das Netz im Betrieb kostet, während die Parameter angeben, was es zu speichern kostet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training time per run (mean over seeds), evaluations excluded</source>
        <translation>Trainingszeit pro Lauf (Mittel über die Seeds), ohne Auswertungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seed with the highest test accuracy</source>
        <translation>Der Seed mit der höchsten Testgenauigkeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiply-adds</source>
        <translation>Multiplikationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train − test</source>
        <translation>Training − Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best seed</source>
        <translation>Bester Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training time</source>
        <translation>Trainingszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images/s</source>
        <translation>Bilder/s</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CompareResultsView</name>
    <message>
        <location filename="../../ui/compare/CompareResultsView.cpp" line="+40"/>
        <source>Results per model</source>
        <translation>Ergebnisse pro Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a column header to sort.</source>
        <translation>Zum Sortieren auf eine Spaltenüberschrift klicken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the table as Markdown, like the lesson&apos;s summary.</source>
        <translation>Die Tabelle als Markdown kopieren, wie in der Zusammenfassung der Lektion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the table as a CSV file for a spreadsheet.</source>
        <translation>Die Tabelle als CSV-Datei für eine Tabellenkalkulation speichern.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export the results as CSV</source>
        <translation>Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not export the results</source>
        <translation>Die Ergebnisse konnten nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::CompareSetupPanel</name>
    <message>
        <location filename="../../ui/compare/CompareSetupPanel.cpp" line="+39"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vary</source>
        <translation>Variieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ready-made comparisons for the lesson&apos;s sentences: each changes one thing, so the curves show that one thing.</source>
        <translation>Fertige Vergleiche zu den Sätzen der Lektion: jeder ändert eine Sache, damit die Kurven genau diese zeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models A, B and C</source>
        <translation>Modelle A, B und C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s closing table, or the models you check below.</source>
        <translation>Die Abschlusstabelle der Lektion, oder die Modelle, die Sie unten ankreuzen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The networks to compare; each trains once per seed with the same settings.</source>
        <translation>Die zu vergleichenden Netze; jedes wird pro Seed einmal mit denselben Einstellungen trainiert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add architecture…</source>
        <translation>Architektur hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare an architecture saved as JSON too.</source>
        <translation>Auch eine als JSON gespeicherte Architektur vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit arm…</source>
        <translation>Variante bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected model or change what it trains differently: optimizer, learning rate, batch, images, … (or double-click it).</source>
        <translation>Das ausgewählte Modell umbenennen oder ändern, was es anders trainiert: Optimierer, Lernrate, Batch, Bilder, … (oder doppelklicken).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select the model to edit first.</source>
        <translation>Wählen Sie zuerst das Modell aus, das bearbeitet werden soll.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>How many seeds per model: one run is not definitive, the initialisation matters.</source>
        <translation>Wie viele Seeds pro Modell: Ein Lauf ist nicht aussagekräftig, die Initialisierung spielt eine Rolle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seeds are first, first+1, …; every model uses the same ones.</source>
        <translation>Die Seeds sind Erster, Erster+1, …; alle Modelle verwenden dieselben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training iterations (batches) per run; the lesson&apos;s is 3000.</source>
        <translation>Trainingsiterationen (Batches) pro Lauf; in der Lektion 3000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Images per batch; the lesson&apos;s is 100.</source>
        <translation>Bilder pro Batch; in der Lektion 100.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learning rate (SGD); the lesson&apos;s is 0.01.</source>
        <translation>Lernrate (SGD); in der Lektion 0,01.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all images</source>
        <translation>alle Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> images</source>
        <translation> Bildern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run trains on the same N training images of its seed; all of them by default.</source>
        <translation>Jeder Lauf trainiert mit denselben N Trainingsbildern seines Seeds; standardmäßig mit allen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First seed</source>
        <translation>Erster Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on</source>
        <translation>Trainieren mit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run comparison</source>
        <translation>Vergleich starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train every model with every seed, one after another (Ctrl+Shift+R).</source>
        <translation>Jedes Modell mit jedem Seed nacheinander trainieren (Strg+Umschalt+R).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop; the runs that finished are kept.</source>
        <translation>Stoppen; die beendeten Läufe bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1, trained differently: %2</source>
        <translation>%1, anders trainiert: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an architecture of its own</source>
        <translation>eine eigene Architektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check the models to vary first.</source>
        <translation>Haken Sie zuerst die Modelle an, die variiert werden sollen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Arms to compare: %1.</source>
        <translation>Zu vergleichende Varianten: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add an architecture to compare</source>
        <translation>Architektur zum Vergleichen hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture (*.json)</source>
        <translation>Architektur (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not add the architecture</source>
        <translation>Die Architektur konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Model %1, seed %2 (run %3 of %4)%5</source>
        <translation>Modell %1, Seed %2 (Lauf %3 von %4)%5</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ConfusionMatrixView</name>
    <message>
        <location filename="../../ui/compare/ConfusionMatrixView.cpp" line="+24"/>
        <source>Whose confusion matrix to show.</source>
        <translation>Wessen Konfusionsmatrix angezeigt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One seed&apos;s run, or all seeds summed.</source>
        <translation>Der Lauf eines Seeds oder alle Seeds summiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row-normalised (%)</source>
        <translation>Zeilenweise normiert (%)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows: the true digit. Columns: what the model said. The diagonal is correct.</source>
        <translation>Zeilen: die richtige Ziffer. Spalten: die Antwort des Modells. Die Diagonale ist richtig.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Predicted digit</source>
        <translation>Vorhergesagte Ziffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True digit</source>
        <translation>Richtige Ziffer</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Show each row as percentages of that class&apos;s test images (N).</source>
        <translation>Jede Zeile als Prozent der Testbilder dieser Klasse zeigen (N).</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+162"/>
        <source>No comparison yet</source>
        <translation>Noch kein Vergleich</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Predicted class</source>
        <translation>Vorhergesagte Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True class</source>
        <translation>Wahre Klasse</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>All seeds (sum)</source>
        <translation>Alle Seeds (Summe)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1: %2 of %3 test images on the diagonal (read right)</source>
        <translation>%1: %2 von %3 Testbildern auf der Diagonale (richtig erkannt)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ConvBlockEditor</name>
    <message>
        <location filename="../../ui/design/ConvBlockEditor.cpp" line="+51"/>
        <source>Conv block %1</source>
        <translation>Conv-Block %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Batch norm</source>
        <translation>&amp;Batch-Norm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch normalisation after the convolution, before the activation: each channel is shifted and scaled to mean 0 and variance 1 over the batch, then by two learned numbers. It often lets a network train faster. Testing uses the averages kept during training.</source>
        <translation>Batch-Normalisierung nach der Faltung, vor der Aktivierung: Jeder Kanal wird über den Batch auf Mittelwert 0 und Varianz 1 verschoben und skaliert, dann um zwei gelernte Zahlen. Oft trainiert ein Netz damit schneller. Beim Testen gelten die während des Trainings gemittelten Werte.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Dropout after the block: while training, each value is set to 0 with this probability (and the rest scaled up), so the network cannot rely on any one feature. Testing uses every value.</source>
        <translation>Dropout nach dem Block: Beim Training wird jeder Wert mit dieser Wahrscheinlichkeit auf 0 gesetzt (und der Rest hochskaliert), damit sich das Netz auf kein einzelnes Merkmal verlassen kann. Beim Testen zählt jeder Wert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output channels: how many kernels this layer learns. More kernels = more feature map channels.</source>
        <translation>Ausgabekanäle: wie viele Kernel diese Schicht lernt. Mehr Kernel = mehr Kanäle in der Feature-Map.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel size</source>
        <translation>Kernelgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K, the filter (kernel) size: the kernel slides across the image and at each patch multiplies element-wise and sums. O = (W − K + 2P)/S + 1.</source>
        <translation>K, die Filtergröße (Kernel): Der Kernel gleitet über das Bild, multipliziert an jeder Stelle elementweise und summiert. O = (W − K + 2P)/S + 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <location line="+14"/>
        <source>Stride</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>S, the stride: how many pixels the kernel moves per step. The lesson uses stride 1; larger strides shrink the output.</source>
        <translation>S, die Schrittweite: um wie viele Pixel sich der Kernel pro Schritt bewegt. Die Lektion verwendet Schrittweite 1; größere Schrittweiten verkleinern die Ausgabe.</translation>
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
        <translation>explizit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P, zero padding around the image. Same padding: P = (K − 1)/2, the output size equals the input size (at stride 1, odd K). Valid padding: P = 0, the output is smaller than the input.</source>
        <translation>P, Null-Padding um das Bild. „same“ Padding: P = (K − 1)/2, die Ausgabegröße ist gleich der Eingabegröße (bei Schrittweite 1 und ungeradem K). „valid“ Padding: P = 0, die Ausgabe ist kleiner als die Eingabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P, the number of zero pixels added on each side (explicit padding).</source>
        <translation>P, die Anzahl der Nullpixel, die an jeder Seite hinzugefügt werden (explizites Padding).</translation>
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
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The non-linear function applied after the convolution (the lesson uses ReLU).</source>
        <translation>Die nichtlineare Funktion nach der Faltung (die Lektion verwendet ReLU).</translation>
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
        <translation>keins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pooling: max pooling keeps the largest value of each patch, average pooling its mean. Output size &lt; input size: O = (W − K)/S + 1.</source>
        <translation>Pooling: Max-Pooling behält den größten Wert jedes Ausschnitts, Average-Pooling seinen Mittelwert. Ausgabegröße &lt; Eingabegröße: O = (W − K)/S + 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pooling kernel size</source>
        <translation>Pooling-Kernelgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K, the pooling filter size (the lesson uses 2×2).</source>
        <translation>K, die Größe des Pooling-Filters (die Lektion verwendet 2×2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pooling stride</source>
        <translation>Pool-Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S, the pooling stride. PyTorch defaults the stride to the kernel size, giving O = W/K.</source>
        <translation>S, die Pooling-Schrittweite. PyTorch setzt sie standardmäßig auf die Kernelgröße, also O = W/K.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>= kernel</source>
        <translation>= Kernel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Channels</source>
        <translation>&amp;Kanäle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kernel</source>
        <translation>K&amp;ernel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Padding</source>
        <translation>&amp;Padding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P =</source>
        <translation>P =</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act.</source>
        <translation>Akt.</translation>
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
        <translation>Ausschnitt des Bildes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>my own grid</source>
        <translation>eigenes Raster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The input: a crop of the page&apos;s image, or a grid you edit (click a cell to raise it, right-click to clear it)</source>
        <translation>Die Eingabe: ein Ausschnitt aus dem Bild der Seite oder ein selbst bearbeitetes Raster (Klick auf eine Zelle erhöht sie, Rechtsklick löscht sie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size </source>
        <translation>Größe </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Width and height of the input</source>
        <translation>Breite und Höhe der Eingabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row </source>
        <translation>Zeile </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column </source>
        <translation>Spalte </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Top row of the crop in the image</source>
        <translation>Oberste Zeile des Ausschnitts im Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left column of the crop in the image</source>
        <translation>Linke Spalte des Ausschnitts im Bild</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A classic kernel, or one of the network&apos;s (click a kernel on the Kernels tab)</source>
        <translation>Ein klassischer Kernel oder einer aus dem Netz (auf der Registerkarte „Kernel“ einen Kernel anklicken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>padding </source>
        <translation>Padding </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeros added on every side (P)</source>
        <translation>An jeder Seite hinzugefügte Nullen (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stride </source>
        <translation>Schrittweite </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How far the window moves each step (S)</source>
        <translation>Wie weit sich das Fenster pro Schritt bewegt (S)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kernel:</source>
        <translation>Kernel:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Output %1×%2, filled up to cell (%3, %4) = %5</source>
        <translation>Ausgabe %1×%2, gefüllt bis Zelle (%3, %4) = %5</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>network: %1</source>
        <translation>Netz: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Window at row %1, column %2 of the padded input → output (%3, %4) = </source>
        <translation>Fenster bei Zeile %1, Spalte %2 der Eingabe mit Padding → Ausgabe (%3, %4) = </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sum of the %1 products</source>
        <translation>Summe der %1 Produkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> + bias %1</source>
        <translation> + Bias %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DatasetBrowserWidget</name>
    <message>
        <location filename="../../ui/data/DatasetBrowserWidget.cpp" line="+72"/>
        <source>Image %1, label %2 (%3)</source>
        <translation>Bild %1, Label %2 (%3)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test images</source>
        <translation>Testbilder</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No dataset loaded.</source>
        <translation>Kein Datensatz geladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all classes</source>
        <translation>alle Klassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 images (%3)</source>
        <translation>%1 von %2 Bildern (%3)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DatasetCapture</name>
    <message>
        <location filename="../../ui/data/DatasetCapture.cpp" line="+35"/>
        <source>&amp;New dataset…</source>
        <translation>&amp;Neuer Datensatz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make your own dataset: name the classes, then draw examples of each or add pictures.</source>
        <translation>Einen eigenen Datensatz anlegen: die Klassen benennen, dann Beispiele für jede zeichnen oder Bilder hinzufügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to a dataset…</source>
        <translation>Zu einem Datensatz &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw more examples into a dataset folder made before, or add classes to it.</source>
        <translation>Weitere Beispiele in einen früher angelegten Datensatzordner zeichnen oder Klassen hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to a dataset</source>
        <translation>Zu einem Datensatz hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CNN Lab datasets</source>
        <translation>CNN Lab Datensätze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made the dataset folder %1 with the classes %2.</source>
        <translation>Datensatzordner %1 mit den Klassen %2 angelegt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open the dataset</source>
        <translation>Der Datensatz konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 holds %2 examples.</source>
        <translation>%1 enthält %2 Beispiele.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DatasetController</name>
    <message>
        <location filename="../../ui/data/DatasetController.cpp" line="+30"/>
        <source>Fashion-MNIST (clothing classes, not digits)</source>
        <translation>Fashion-MNIST (Kleidungsklassen, keine Ziffern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST (handwritten digits)</source>
        <translation>MNIST (handgeschriebene Ziffern)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CIFAR-10 (colour photos, ten classes)</source>
        <translation>CIFAR-10 (Farbfotos, zehn Klassen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (your own classes)</source>
        <translation>%1 (eigene Klassen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;MNIST (handwritten digits)</source>
        <translation>&amp;MNIST (handgeschriebene Ziffern)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fashion-MNIST (clothing)</source>
        <translation>&amp;Fashion-MNIST (Kleidung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ten classes of clothing images in MNIST&apos;s format: the same networks, a harder task.</source>
        <translation>Zehn Klassen von Kleidungsbildern im MNIST-Format: dieselben Netze, eine schwierigere Aufgabe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose &amp;dataset folder or download…</source>
        <translation>Datensatz&amp;ordner wählen oder herunterladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point CNN Lab at the folder holding the four dataset files, or download them.</source>
        <translation>CNN Lab den Ordner mit den vier Datensatzdateien zeigen oder sie herunterladen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dataset &amp;browser</source>
        <translation>Datensatz-&amp;Browser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look through the loaded dataset&apos;s images and labels (Ctrl+B).</source>
        <translation>Bilder und Labels des geladenen Datensatzes durchsehen (Strg+B).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a class&apos;s &amp;folder…</source>
        <translation>&amp;Ordner einer Klasse öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train on your own classes: a folder with one subfolder of pictures or drawings per class (circle/, star/, …).</source>
        <translation>Mit eigenen Klassen trainieren: ein Ordner mit einem Unterordner voller Bilder oder Zeichnungen je Klasse (kreis/, stern/, …).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a class&apos;s folder</source>
        <translation>Ordner einer Klasse öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;CIFAR-10 (colour photos)…</source>
        <translation>&amp;CIFAR-10 öffnen (Farbfotos)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ten classes of small colour photos (airplane, cat, ship, …), 3 × 32 × 32: the folder of CIFAR-10&apos;s binary release, cifar-10-batches-bin/, from www.cs.toronto.edu/~kriz/cifar.html.</source>
        <translation>Zehn Klassen kleiner Farbfotos (Flugzeug, Katze, Schiff, …), 3 × 32 × 32: der Ordner der Binärversion von CIFAR-10, cifar-10-batches-bin/, von www.cs.toronto.edu/~kriz/cifar.html.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open CIFAR-10&apos;s folder</source>
        <translation>Ordner von CIFAR-10 öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do&amp;wnload CIFAR-10 (163 MB)…</source>
        <translation>CIFAR-10 &amp;herunterladen (163 MB)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch CIFAR-10&apos;s binary release from its authors&apos; site, check its MD5 and unpack it into CNN Lab&apos;s data folder, then open it. Nothing is kept if the download fails.</source>
        <translation>Die Binärveröffentlichung von CIFAR-10 von der Seite ihrer Autoren holen, ihre MD5 prüfen, sie in den Datenordner von CNN Lab entpacken und dann öffnen. Schlägt der Download fehl, bleibt nichts zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download &amp;mirrors…</source>
        <translation>Do&amp;wnload-Spiegelserver…</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+142"/>
        <source>No %1 files found.</source>
        <translation>Keine %1-Dateien gefunden.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Loading %1 from %2…</source>
        <translation>%1 wird aus %2 geladen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loaded %1: %2 training and %3 test images of %4 × %5 × %5 from %6. Classes: %7. Test images: %8.</source>
        <translation>%1 geladen: %2 Trainings- und %3 Testbilder zu %4 × %5 × %5 aus %6. Klassen: %7. Testbilder: %8.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loaded %1: %2 training and %3 test images from %4.</source>
        <translation>%1 geladen: %2 Trainings- und %3 Testbilder aus %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> Classes: %1.</source>
        <translation> Klassen: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+124"/>
        <source>Dataset browser — %1</source>
        <translation>Datensatz-Browser — %1</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+21"/>
        <location line="+20"/>
        <location line="+20"/>
        <source>Dataset not switched</source>
        <translation>Datensatz nicht gewechselt</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Stop the training first (Esc), then open the folder again.</source>
        <translation>Zuerst das Training beenden (Esc), dann den Ordner erneut öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the folder</source>
        <translation>Ordner konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stop the training first (Esc), then open CIFAR-10 again.</source>
        <translation>Zuerst das Training beenden (Esc), dann CIFAR-10 erneut öffnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not open CIFAR-10</source>
        <translation>CIFAR-10 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop the training first (Esc), then download CIFAR-10 again.</source>
        <translation>Zuerst das Training beenden (Esc), dann CIFAR-10 erneut herunterladen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot switch to %1 while training on %2. Stop the training first (Esc), then choose the dataset again.</source>
        <translation>Wechsel zu %1 nicht möglich, während mit %2 trainiert wird. Zuerst das Training stoppen (Esc), dann den Datensatz erneut wählen.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DatasetSetupDialog</name>
    <message>
        <location filename="../../ui/data/DatasetSetupDialog.cpp" line="+25"/>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Fashion-MNIST clothing images (ten classes of clothes, not digits)</source>
        <translation>den Fashion-MNIST-Kleidungsbildern (zehn Kleidungsklassen, keine Ziffern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the MNIST handwritten digits</source>
        <translation>den handgeschriebenen MNIST-Ziffern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;CNN Lab trains on %1, but could not find the four files (&lt;code&gt;%2&lt;/code&gt;, each possibly &lt;code&gt;.gz&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;It looked in:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;p&gt;Choose the folder that holds them or download them. You can still design networks and watch their layer sizes without data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CNN Lab trainiert mit %1, konnte aber die vier Dateien nicht finden (&lt;code&gt;%2&lt;/code&gt;, jeweils auch als &lt;code&gt;.gz&lt;/code&gt; möglich).&lt;/p&gt;&lt;p&gt;Gesucht wurde in:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;p&gt;Wählen Sie den Ordner, der sie enthält, oder laden Sie sie herunter. Netze entwerfen und ihre Schichtgrößen ansehen können Sie auch ohne Daten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the %1 files into %2.</source>
        <translation>Die %1-Dateien nach %2 herunterladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use Fashion-MNIST from the &amp;system</source>
        <translation>Fashion-MNIST vom &amp;System verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue &amp;without data</source>
        <translation>Ohne Daten &amp;fortfahren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Load the Fashion-MNIST files installed by Debian&apos;s dataset-fashion-mnist package in %1.</source>
        <translation>Die Fashion-MNIST-Dateien laden, die das Debian-Paket dataset-fashion-mnist in %1 installiert hat.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fashion-MNIST is not installed on this system (Debian&apos;s dataset-fashion-mnist package).</source>
        <translation>Fashion-MNIST ist auf diesem System nicht installiert (Debian-Paket dataset-fashion-mnist).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folder with the %1 files</source>
        <translation>Ordner mit den %1-Dateien</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DesignActions</name>
    <message>
        <location filename="../../ui/design/DesignActions.cpp" line="+34"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+158"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Pause or resume the training (Ctrl+P); takes effect after the current batch.</source>
        <translation>Training anhalten oder fortsetzen (Strg+P); wirkt nach dem aktuellen Batch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>Model &amp;%1</source>
        <translation>Modell &amp;%1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>FNN: the lesson&apos;s feedforward network, no convolution (Ctrl+%1)</source>
        <translation>FNN: das Feedforward-Netz der Lektion, ohne Faltung (Strg+%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Start the next training from the shipped Model %1&apos;s weights instead of fresh ones, to fine-tune it on your own digit drawings (class folders 0 to 9).</source>
        <translation>Das nächste Training mit den Gewichten des mitgelieferten Modells %1 statt mit neuen beginnen, um es an Ihren eigenen Ziffernzeichnungen nachzutrainieren (Klassenordner 0 bis 9).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open architecture…</source>
        <translation>&amp;Architektur öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open architecture</source>
        <translation>Architektur öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Architecture (*.json)</source>
        <translation>Architektur (*.json)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Could not open the architecture</source>
        <translation>Die Architektur konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save architecture…</source>
        <translation>Architektur &amp;speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save architecture</source>
        <translation>Architektur speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the architecture</source>
        <translation>Die Architektur konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Load trained weights…</source>
        <translation>Trainierte Gewichte &amp;laden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load trained weights</source>
        <translation>Trainierte Gewichte laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>PyTorch weights (*.pt *.pth)</source>
        <translation>PyTorch-Gewichte (*.pt *.pth)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Could not load the weights</source>
        <translation>Die Gewichte konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save trained &amp;weights…</source>
        <translation>Trainierte &amp;Gewichte speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save trained weights</source>
        <translation>Trainierte Gewichte speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the weights</source>
        <translation>Die Gewichte konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save &amp;run…</source>
        <translation>La&amp;uf speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the last run: its settings, curves, results and weights (a JSON file with the weights beside it).</source>
        <translation>Den letzten Lauf speichern: Einstellungen, Kurven, Ergebnisse und Gewichte (eine JSON-Datei, die Gewichte daneben).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open r&amp;un…</source>
        <translation>Lauf ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen a saved run: the network, settings, curves and weights as they were.</source>
        <translation>Einen gespeicherten Lauf wieder öffnen: Netz, Einstellungen, Kurven und Gewichte wie damals.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>CNN Lab run (*.json)</source>
        <translation>CNN-Lab-Lauf (*.json)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Could not open the run</source>
        <translation>Der Lauf konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save run</source>
        <translation>Lauf speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the run</source>
        <translation>Der Lauf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export plots as &amp;PNG…</source>
        <translation>Diagramme als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export plots as P&amp;DF…</source>
        <translation>Diagramme als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export curves as &amp;CSV…</source>
        <translation>Kurven als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop the training after the current batch (Esc or Ctrl+.). The weights so far are kept.</source>
        <translation>Das Training nach dem aktuellen Batch stoppen (Esc oder Strg+.). Die bisherigen Gewichte bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the training after the current batch (Ctrl+.). The weights so far are kept.</source>
        <translation>Das Training nach dem aktuellen Batch stoppen (Strg+.). Die bisherigen Gewichte bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start training this network (Ctrl+R).</source>
        <translation>Das Training dieses Netzes starten (Strg+R).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot train: %1</source>
        <translation>Training nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DesignFiles</name>
    <message>
        <location filename="../../ui/design/DesignFiles.cpp" line="+44"/>
        <source>%1 is not a CNN Lab architecture: %2</source>
        <translation>%1 ist keine CNN-Lab-Architektur: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opened architecture %1</source>
        <translation>Architektur %1 geöffnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are no trained weights yet: train first.</source>
        <translation>Es gibt noch keine trainierten Gewichte: Bitte zuerst trainieren.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loaded weights from %1 (%2 parameters); the next training continues from them.</source>
        <translation>Gewichte aus %1 geladen (%2 Parameter); das nächste Training baut auf ihnen auf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Load the dataset to fine-tune on first (Dataset menu, or File → New dataset…).</source>
        <translation>Zuerst den Datensatz zum Nachtrainieren laden (Menü Datensatz oder Datei → Neuer Datensatz…).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The next training fine-tunes the shipped Model %1 on %2: it starts from Model %1&apos;s weights, and the test accuracy before and after is logged. A few hundred iterations are enough.</source>
        <translation>Das nächste Training trainiert das mitgelieferte Modell %1 mit %2 nach: Es beginnt mit den Gewichten von Modell %1, und die Testgenauigkeit vorher und nachher wird protokolliert. Einige hundert Iterationen genügen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no finished run yet: train first.</source>
        <translation>Es gibt noch keinen beendeten Lauf: Bitte zuerst trainieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved the run to %1 (weights in %2)</source>
        <translation>Lauf in %1 gespeichert (Gewichte in %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop the training first (Esc): a run cannot be opened while one trains.</source>
        <translation>Zuerst das Training stoppen (Esc): Während eines Trainings kann kein Lauf geöffnet werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opened run %1: %2, %3 iterations, accuracy %4%</source>
        <translation>Lauf %1 geöffnet: %2, %3 Iterationen, Genauigkeit %4 %</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DesignLayout</name>
    <message>
        <location filename="../../ui/design/DesignLayout.cpp" line="+86"/>
        <source>&amp;Network and layer sizes</source>
        <translation>&amp;Netz und Schichtgrößen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;raining and plots</source>
        <translation>T&amp;raining und Diagramme</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DesignPage</name>
    <message>
        <location filename="../../ui/design/DesignPage.cpp" line="+74"/>
        <source>Training log</source>
        <translation>Trainingsprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s lines appear here while training: Iteration: 500. Loss: … Accuracy: …</source>
        <translation>Hier erscheinen während des Trainings die Zeilen aus der Lektion: Iteration: 500. Loss: … Accuracy: …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer sizes: O = (W − K + 2P)/S + 1</source>
        <translation>Schichtgrößen: O = (W − K + 2P)/S + 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The architecture is invalid at %1: %2</source>
        <translation>Die Architektur ist ungültig (%1): %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the network</source>
        <translation>ganzes Netz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No %1 data loaded: use File → Choose dataset folder or download…</source>
        <translation>Keine %1-Daten geladen: Datei → Datensatzordner wählen oder herunterladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training is already running.</source>
        <translation>Das Training läuft bereits.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The network is locked while it trains. Stop the training (Esc) to change it.</source>
        <translation>Das Netz ist während des Trainings gesperrt. Zum Ändern das Training stoppen (Esc).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>CPU · %n thread(s)</source>
        <translation>
            <numerusform>CPU · %n Thread</numerusform>
            <numerusform>CPU · %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPU · auto threads</source>
        <translation>CPU · Threads: auto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid architecture</source>
        <translation>ungültige Architektur</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+20"/>
        <source>Cannot train</source>
        <translation>Training nicht möglich</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>custom network</source>
        <translation>eigenes Netz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training %1 (%2 parameters): %3 iterations, batch %4, %5 lr %6, on %7%8</source>
        <translation>Training von %1 (%2 Parameter): %3 Iterationen, Batch %4, %5 Lernrate %6, auf %7%8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, continuing from the loaded weights</source>
        <translation>, Fortsetzung mit den geladenen Gewichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training on %1 of the training images, drawn at random from seed %2.</source>
        <translation>Training mit %1 der Trainingsbilder, zufällig gezogen mit Seed %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Before training, the starting weights: test accuracy %1 %</source>
        <translation>Vor dem Training, die Startgewichte: Testgenauigkeit %1 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>. Training accuracy: %1</source>
        <translation>. Trainingsgenauigkeit: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finished %1 iterations in %2 s (%3 images/s).</source>
        <translation>%1 Iterationen in %2 s beendet (%3 Bilder/s).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped after %1 iterations.</source>
        <translation>Nach %1 Iterationen gestoppt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> Accuracy: %1%</source>
        <translation> Genauigkeit: %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(before training: %1 %, %2 points)</source>
        <translation>(vor dem Training: %1 %, %2 Punkte)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training diverged</source>
        <translation>Training divergiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1

Try a smaller learning rate.</source>
        <translation>%1

Versuchen Sie eine kleinere Lernrate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot fine-tune Model %1</source>
        <translation>Modell %1 kann nicht nachtrainiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the training first.</source>
        <translation>Zuerst das Training stoppen.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DifferenceTile</name>
    <message>
        <location filename="../../ui/draw/DifferenceTile.cpp" line="+20"/>
        <source>Nothing to show</source>
        <translation>Nichts anzuzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, from %2 to %3</source>
        <translation>%1, von %2 bis %3</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DigitPreview</name>
    <message>
        <location filename="../../ui/draw/DigitPreview.cpp" line="+112"/>
        <location line="+1"/>
        <source>What the models read</source>
        <translation>Was die Modelle lesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>28&#xa0;×&#xa0;28 pixels, values 0..1</source>
        <translation>28&#xa0;×&#xa0;28 Pixel, Werte 0..1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 28 × 28 input</source>
        <translation>Die 28 × 28-Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s input: the drawing cropped to its ink, scaled to fit 20 × 20 and placed in 28 × 28 with its centre of mass (green cross) at the centre, as MNIST&apos;s digits were made.</source>
        <translation>Die Eingabe des Netzes: die Zeichnung, auf ihre Tinte zugeschnitten, auf 20 × 20 skaliert und so in 28 × 28 platziert, dass ihr Schwerpunkt (grünes Kreuz) in der Mitte liegt – so wie die MNIST-Ziffern erstellt wurden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1. ink box</source>
        <translation>1. Tintenrahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1: the smallest box holding all the ink (red), on the drawing</source>
        <translation>Schritt 1: das kleinste Rechteck, das alle Tinte enthält (rot), auf der Zeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. cropped</source>
        <translation>2. zugeschnitten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2: the drawing cut to the ink box; its size no longer matters</source>
        <translation>Schritt 2: die Zeichnung auf den Tintenrahmen zugeschnitten; ihre Größe spielt keine Rolle mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. fit in 20&#xa0;×&#xa0;20</source>
        <translation>3. in 20&#xa0;×&#xa0;20 eingepasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3: scaled so the longer side is 20 pixels, keeping the aspect ratio; the green cross is the centre of mass</source>
        <translation>Schritt 3: so skaliert, dass die längere Seite 20 Pixel misst, mit gleichem Seitenverhältnis; das grüne Kreuz ist der Schwerpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. centred in 28&#xa0;×&#xa0;28</source>
        <translation>4. in 28&#xa0;×&#xa0;28 zentriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 4: placed in 28 × 28 so the centre of mass (green cross) lands on the centre</source>
        <translation>Schritt 4: so in 28 × 28 platziert, dass der Schwerpunkt (grünes Kreuz) in der Mitte liegt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing drawn, nothing to read</source>
        <translation>Nichts gezeichnet, nichts zu lesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The drawing as the models get it: cropped to its ink, scaled to fit 20 × 20 and centred by mass in 28 × 28</source>
        <translation>Die Zeichnung, wie die Modelle sie bekommen: auf ihre Tinte zugeschnitten, auf 20 × 20 skaliert und nach Schwerpunkt in 28 × 28 zentriert</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Before the four steps, the picture went through: %1</source>
        <translation>Vor den vier Schritten durchlief das Bild: %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DimensionView</name>
    <message>
        <location filename="../../ui/design/DimensionView.cpp" line="+16"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output C×H×W</source>
        <translation>Größe C×H×W</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O = (W − K + 2P)/S + 1</source>
        <translation>O = (W − K + 2P)/S + 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lesson&apos;s output size formula. W: input height/width, K: kernel size, P: padding, S: stride. Pooling has no padding: O = (W − K)/S + 1.</source>
        <translation>Die Formel der Lektion für die Ausgabegröße. W: Eingabehöhe/-breite, K: Kernelgröße, P: Padding, S: Schrittweite. Pooling hat kein Padding: O = (W − K)/S + 1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How each layer changes the size of the feature maps. It follows every change you make.</source>
        <translation>Wie jede Schicht die Größe der Feature-Maps ändert. Die Tabelle folgt jeder Ihrer Änderungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layer sizes</source>
        <translation>Schichtgrößen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per layer: its output channels × height × width, the formula O = (W − K + 2P)/S + 1 with its numbers, and its parameters</source>
        <translation>Eine Zeile pro Schicht: ihre Ausgabekanäle × Höhe × Breite, die Formel O = (W − K + 2P)/S + 1 mit ihren Zahlen und ihre Parameter</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the input image: %1</source>
        <translation>das Eingabebild: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One grey-scale image: channels × height × width.</source>
        <translation>Ein Graustufenbild: Kanäle × Höhe × Breite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 multiply-adds per image</source>
        <translation>%1 Multiplikationen und Additionen pro Bild</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This layer cannot be built: %1</source>
        <translation>Diese Schicht kann nicht gebaut werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Invalid at %1:&lt;/b&gt; %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Ungültig (%1):&lt;/b&gt; %2&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trainable weights and biases</source>
        <translation>trainierbare Gewichte und Bias-Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All parameters the optimizer updates. Reading one image takes %1 multiply-adds.</source>
        <translation>Alle Parameter, die der Optimierer anpasst. Ein Bild zu lesen kostet %1 Multiplikationen und Additionen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 layers · &lt;b&gt;%2 parameters&lt;/b&gt; · output: %3 class scores</source>
        <translation>%1 Schichten · &lt;b&gt;%2 Parameter&lt;/b&gt; · Ausgabe: %3 Klassenwerte</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DownloadDialog</name>
    <message>
        <location filename="../../ui/data/DownloadDialog.cpp" line="+44"/>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting to start…</source>
        <translation>Warten auf den Start…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 goes into %2</source>
        <translation>%1 wird in %2 gespeichert</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File %1 of %2: %3
from %4</source>
        <translation>Datei %1 von %2: %3
von %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2, %3/s</source>
        <translation>%1 von %2, %3/s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2/s</source>
        <translation>%1, %2/s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 from %2 failed: %3</source>
        <translation>%1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was kept from this attempt.</source>
        <translation>Von diesem Versuch wurde nichts behalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DrawFileActions</name>
    <message>
        <location filename="../../ui/draw/DrawFileActions.cpp" line="+22"/>
        <source>Save drawing…</source>
        <translation>Zeichnung speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the strokes as a drawing file (JSON), with the digit chosen in &quot;This is a&quot;</source>
        <translation>Die Striche als Zeichnungsdatei (JSON) speichern, mit der gewählten Ziffer als Label</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open drawing…</source>
        <translation>Zeichnung öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a drawing file (JSON) and read it again</source>
        <translation>Eine Zeichnungsdatei (JSON) öffnen und erneut erkennen lassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open image…</source>
        <translation>Bild öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a PNG, JPEG or BMP image of a digit (a photo of paper too) and read it</source>
        <translation>Ein PNG-, JPEG- oder BMP-Bild einer Ziffer öffnen (auch ein Foto von Papier) und erkennen lassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open class set…</source>
        <translation>Klassensatz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a folder of labelled drawings: each model&apos;s accuracy on it, its confusion matrix and the drawings it misread</source>
        <translation>Einen Ordner mit beschrifteten Zeichnungen öffnen: Genauigkeit jedes Modells darauf, seine Konfusionsmatrix und die falsch erkannten Zeichnungen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: nothing to save, the canvas has no strokes</source>
        <translation>%1: Nichts zu speichern, die Zeichenfläche hat keine Striche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save the drawing</source>
        <translation>Die Zeichnung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not open the drawing</source>
        <translation>Die Zeichnung konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open the image</source>
        <translation>Das Bild konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: no column shows a model that reads 28 × 28 digits</source>
        <translation>%1: Keine Spalte zeigt ein Modell, das 28 × 28-Ziffern liest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open the class set</source>
        <translation>Der Klassensatz konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save drawing</source>
        <translation>Zeichnung speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drawing (*.json)</source>
        <translation>Zeichnung (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open drawing</source>
        <translation>Zeichnung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing (*.json);;All files (*)</source>
        <translation>Zeichnung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open class set (a folder of labelled drawings)</source>
        <translation>Klassensatz öffnen (ein Ordner mit beschrifteten Zeichnungen)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DrawPage</name>
    <message>
        <location filename="../../ui/draw/DrawPage.cpp" line="+66"/>
        <source>What the models read, or why nothing is read</source>
        <translation>Was die Modelle erkennen oder warum nichts erkannt wird</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a</source>
        <translation>Das ist eine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The digit this drawing is meant to be. Saved with the drawing, so a folder of labelled drawings can be opened as a class set. &quot;?&quot; saves no label.</source>
        <translation>Die Ziffer, die diese Zeichnung darstellen soll. Wird mit der Zeichnung gespeichert, sodass ein Ordner beschrifteter Zeichnungen als Klassensatz geöffnet werden kann. „?“ speichert kein Label.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show steps</source>
        <translation>Schritte zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how the drawing becomes the 28 × 28 input: ink box, crop, fit in 20 × 20, centre by mass</source>
        <translation>Zeigen, wie aus der Zeichnung die 28 × 28-Eingabe wird: Rahmen um die Tinte, zuschneiden, in 20 × 20 einpassen, nach Schwerpunkt zentrieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show inside →</source>
        <translation>Innen zeigen →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send this 28 × 28 input to the Inside page with the majority&apos;s model, to see every layer&apos;s feature maps (each column&apos;s &quot;Inside →&quot; sends its own model)</source>
        <translation>Diese 28 × 28-Eingabe mit dem Modell der Mehrheit an die Innenansicht senden, um die Feature-Maps jeder Schicht zu sehen („Innen →“ in jeder Spalte sendet das eigene Modell)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the drawing from the Draw page</source>
        <translation>die Zeichnung von der Seite „Zeichnen“</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing to read, so nothing is predicted</source>
        <translation>Nichts zu erkennen, daher keine Vorhersage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing drawn yet, so nothing is predicted. Draw a digit, or open a drawing or an image.</source>
        <translation>Noch nichts gezeichnet, daher keine Vorhersage. Zeichnen Sie eine Ziffer oder öffnen Sie eine Zeichnung oder ein Bild.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No ink found, so nothing is predicted.</source>
        <translation>Keine Tinte gefunden, daher keine Vorhersage.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>a weights file</source>
        <translation>eine Gewichtsdatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No network: the architecture changed, so there is nothing trained to read with</source>
        <translation>Kein Netz: Die Architektur wurde geändert, es gibt also nichts Trainiertes zum Erkennen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Send this 28 × 28 input to the Inside page with %1&apos;s weights (the majority&apos;s model); each column&apos;s &quot;Inside →&quot; sends its own (Ctrl+Shift+I)</source>
        <translation>Diese 28 × 28-Eingabe mit den Gewichten von %1 (dem Modell der Mehrheit) an die Innenansicht senden; „Innen →“ in jeder Spalte sendet die eigenen (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 reads %2</source>
        <translation>%1 erkennt %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Disagrees: reads %1, the others read %2</source>
        <translation>⚠ Weicht ab: erkennt %1, die anderen %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ Disagrees: reads %1, others read %2</source>
        <translation>⚠ Weicht ab: erkennt %1, andere %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No model could read it: see the columns.</source>
        <translation>Kein Modell konnte es erkennen: siehe Spalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1.</source>
        <translation>Erkannt als %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as %1 by all %2 models.</source>
        <translation>Von allen %2 Modellen als %1 erkannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The models disagree: %1.</source>
        <translation>Die Modelle sind uneins: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changed drawing: %1</source>
        <translation>Die veränderte Zeichnung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/draw/DrawPageButtons.cpp" line="+40"/>
        <source>This is a:</source>
        <translation>Das ist eine:</translation>
    </message>
    <message>
        <location filename="../../ui/draw/DrawPageFool.cpp" line="+63"/>
        <source>Reads the changed drawing (made for it)</source>
        <translation>Erkennt die veränderte Zeichnung (dafür erstellt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the changed drawing (made for %1)</source>
        <translation>Erkennt die veränderte Zeichnung (erstellt für %1)</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DrawingCanvas</name>
    <message>
        <location filename="../../ui/draw/DrawingCanvas.cpp" line="+60"/>
        <source>Draw a digit with the mouse, a finger or a pen.
Undo: Ctrl+Z · Redo: Ctrl+Shift+Z · Clear: Esc or Delete</source>
        <translation>Zeichnen Sie eine Ziffer mit der Maus, dem Finger oder einem Stift.
Rückgängig: Strg+Z · Wiederholen: Strg+Umschalt+Z · Leeren: Esc oder Entf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawing canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Empty: draw a digit with the mouse, a finger or a pen</source>
        <translation>Leer: Zeichnen Sie eine Ziffer mit der Maus, dem Finger oder einem Stift</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last stroke (Ctrl+Z)</source>
        <translation>Letzten Strich rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo the stroke just undone (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Gerade rückgängig gemachten Strich wiederherstellen (Strg+Umschalt+Z oder Strg+Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the canvas (Esc or Delete); Ctrl+Z brings it back</source>
        <translation>Zeichenfläche leeren (Esc oder Entf); Strg+Z holt sie zurück</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows an opened image</source>
        <translation>Zeigt ein geöffnetes Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drawing of 1 stroke</source>
        <translation>Eine Zeichnung aus 1 Strich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drawing of %1 strokes</source>
        <translation>Eine Zeichnung aus %1 Strichen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>open drawing</source>
        <translation>Zeichnung öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>open image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Draw a digit here</source>
        <translation>Hier eine Ziffer zeichnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image: %1 (draw to replace it)</source>
        <translation>Bild: %1 (Zeichnen ersetzt es)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>stroke</source>
        <translation>Strich</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::DrawingSetDialog</name>
    <message>
        <location filename="../../ui/draw/DrawingSetDialog.cpp" line="+37"/>
        <source>Class set: %1</source>
        <translation>Klassensatz: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %n labelled drawing(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Zeichnung mit Label</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Zeichnungen mit Label</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n without a label (skipped)</source>
        <translation>
            <numerusform>, %n ohne Label (übersprungen)</numerusform>
            <numerusform>, %n ohne Label (übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n unreadable (skipped)</source>
        <translation>
            <numerusform>, %n nicht lesbar (übersprungen)</numerusform>
            <numerusform>, %n nicht lesbar (übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accuracy of each model on this set: the share of drawings read as the digit they are labelled</source>
        <translation>Genauigkeit jedes Modells auf diesem Satz: der Anteil der Zeichnungen, die als die Ziffer ihres Labels erkannt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Confusion matrix of %1: rows = the digit meant, columns = the digit read</source>
        <translation>Konfusionsmatrix von %1: Zeilen = gemeinte Ziffer, Spalten = erkannte Ziffer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many drawings of each digit (row) the model read as each digit (column). Green: read right. Red: read wrong, darker for more.</source>
        <translation>Wie viele Zeichnungen jeder Ziffer (Zeile) das Modell als welche Ziffer (Spalte) erkannt hat. Grün: richtig erkannt. Rot: falsch erkannt, je dunkler, desto mehr.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n drawing(s) of %1 read as %2</source>
        <translation>
            <numerusform>%n Zeichnung einer %1 als %2 erkannt</numerusform>
            <numerusform>%n Zeichnungen einer %1 als %2 erkannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n misread drawing(s), most confident first</source>
        <translation>
            <numerusform>%n falsch erkannte Zeichnung, die sichersten zuerst</numerusform>
            <numerusform>%n falsch erkannte Zeichnungen, die sichersten zuerst</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drawings this model read wrong, the most confidently wrong first: the 28 × 28 input, the digit meant, the digit read and the model&apos;s confidence in it</source>
        <translation>Die Zeichnungen, die dieses Modell falsch erkannt hat, die mit der höchsten Sicherheit zuerst: die 28 × 28-Eingabe, die gemeinte Ziffer, die erkannte Ziffer und die Sicherheit des Modells dafür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>meant</source>
        <translation>gemeint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read as</source>
        <translation>erkannt als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FeatureMapGrid</name>
    <message>
        <location filename="../../ui/inside/FeatureMapGrid.cpp" line="+50"/>
        <source>Feature maps</source>
        <translation>Feature-Maps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every layer&apos;s output for the image, one tile per channel; click a tile to enlarge it</source>
        <translation>Die Ausgabe jeder Schicht für das Bild, eine Kachel pro Kanal; zum Vergrößern auf eine Kachel klicken</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Every layer&apos;s output, one tile per channel; %1 channel %2 enlarged</source>
        <translation>Die Ausgabe jeder Schicht, eine Kachel pro Kanal; %1 Kanal %2 vergrößert</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No image yet: pick one above.</source>
        <translation>Noch kein Bild: oben eines auswählen.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 unit %2: %3</source>
        <translation>%1 Neuron %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 channel %2, (row %3, column %4) = %5
Click to enlarge</source>
        <translation>%1 Kanal %2, (Zeile %3, Spalte %4) = %5
Zum Vergrößern klicken</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FileKinds</name>
    <message>
        <location filename="../../ui/common/FileKinds.cpp" line="+31"/>
        <source>The file is too large to be one of CNN Lab&apos;s files.</source>
        <translation>Die Datei ist zu groß für eine Datei von CNN Lab.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This JSON file is not a drawing, a run, a comparison or an architecture of CNN Lab&apos;s.</source>
        <translation>Diese JSON-Datei ist weder eine Zeichnung noch ein Lauf, ein Vergleich oder eine Architektur von CNN Lab.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no such file or folder.</source>
        <translation>Diese Datei oder dieser Ordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CNN Lab opens drawings, runs, comparisons and architectures (.json), weights (.pt), images and folders of drawings; this is none of them.</source>
        <translation>CNN Lab öffnet Zeichnungen, Läufe, Vergleiche und Architekturen (.json), Gewichte (.pt), Bilder und Ordner mit Zeichnungen; dies ist nichts davon.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FilterView</name>
    <message>
        <location filename="../../ui/inside/FilterView.cpp" line="+38"/>
        <source>What each filter looks for</source>
        <translation>Worauf jeder Filter anspricht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kernel (one per input channel)</source>
        <translation>Kernel (je Eingabekanal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nine favourite test patches</source>
        <translation>Neun Lieblingsausschnitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An input grown to excite it</source>
        <translation>Eingabe, die ihn anregt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+156"/>
        <location line="+40"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>The convolution layer whose channels to look at, or the class logits</source>
        <translation>Die Faltungsschicht, deren Kanäle angezeigt werden, oder die Klassen-Logits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+127"/>
        <source>channel </source>
        <translation>Kanal </translation>
    </message>
    <message>
        <location line="-126"/>
        <source>The channel (or class) whose favourite inputs to show</source>
        <translation>Der Kanal (oder die Klasse), dessen Lieblingseingaben gezeigt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed </source>
        <translation>Seed </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The seed of the grey noise the grown input starts from</source>
        <translation>Der Seed des grauen Rauschens, aus dem die erzeugte Eingabe startet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grow again</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grow the input again from the next seed&apos;s noise (Ctrl+Shift+G)</source>
        <translation>Die Eingabe neu aus dem Rauschen des nächsten Seeds erzeugen (Strg+Umschalt+G)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Layer:</source>
        <translation>Schicht:</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 (%2 channels)</source>
        <translation>%1 (%2 Kanäle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class logits</source>
        <translation>Klassen-Logits</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>class </source>
        <translation>Klasse </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Growing…</source>
        <translation>Wird erzeugt…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A class&apos;s logit has no kernel: it weighs every value of the last block&apos;s maps.</source>
        <translation>Das Logit einer Klasse hat keinen Kernel: Es gewichtet jeden Wert der Maps des letzten Blocks.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>in %1</source>
        <translation>Eing. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 channel %2: bias %3; weights from %4 (blue) to %5 (red)</source>
        <translation>%1 Kanal %2: Bias %3; Gewichte von %4 (blau) bis %5 (rot)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Favourite patches are for convolution channels: choose a layer cnn1, cnn2, …</source>
        <translation>Lieblingsausschnitte gibt es nur für Faltungskanäle: Wählen Sie eine Schicht cnn1, cnn2, …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a dataset to see the test images this channel responds to most.</source>
        <translation>Laden Sie einen Datensatz, um die Testbilder zu sehen, auf die dieser Kanal am stärksten anspricht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>step %1 · objective %2</source>
        <translation>Schritt %1 · Zielwert %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>step %1 (done) · objective %2</source>
        <translation>Schritt %1 (fertig) · Zielwert %2</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FilterWorker</name>
    <message>
        <location filename="../../ui/inside/FilterWorker.cpp" line="+118"/>
        <source>The test images are not of this network&apos;s input size.</source>
        <translation>Die Testbilder haben nicht die Eingabegröße dieses Netzes.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FolderDatasetDialog</name>
    <message>
        <location filename="../../ui/data/FolderDatasetDialog.cpp" line="+32"/>
        <source>Open a class&apos;s folder</source>
        <translation>Ordner einer Klasse öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every image becomes a square of this many pixels; 28 is MNIST&apos;s size.</source>
        <translation>Jedes Bild wird ein Quadrat mit so vielen Pixeln; 28 ist die Größe von MNIST.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour (3 channels)</source>
        <translation>Farbe (3 Kanäle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the pictures&apos; colours; drawings stay grey in every channel.</source>
        <translation>Die Farben der Bilder behalten; Zeichnungen bleiben in jedem Kanal grau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale to fit, pad with black</source>
        <translation>Einpassen, schwarz auffüllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale to fill, crop the middle</source>
        <translation>Ausfüllen, Mitte ausschneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How a picture that is not square becomes one.</source>
        <translation>Wie ein nicht quadratisches Bild quadratisch wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held back from each class to test on, the same ones every time.</source>
        <translation>Von jeder Klasse zum Testen zurückgehalten, jedes Mal dieselben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image size:</source>
        <translation>Bildgröße:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures not square:</source>
        <translation>Nicht quadratisch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test images:</source>
        <translation>Testbilder:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (%2 + %3)</source>
        <translation>%1 (%2 + %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 classes, training + test images each: %3.</source>
        <translation>%1: %2 Klassen, Trainings- + Testbilder je Klasse: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1/ folder is the test split.</source>
        <translation>Der Ordner %1/ ist der Testteil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files left out: %1 (hover for why).</source>
        <translation>Ausgelassene Dateien: %1 (Mauszeiger zeigt, warum).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the images…</source>
        <translation>Bilder werden gelesen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not read the folder</source>
        <translation>Ordner konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::FoolView</name>
    <message>
        <location filename="../../ui/draw/FoolView.cpp" line="+57"/>
        <location line="+17"/>
        <source>Fool the network</source>
        <translation>Netz austricksen</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+23"/>
        <location line="+177"/>
        <source>Draw a digit, then fool a model</source>
        <translation>Ziffer zeichnen, dann ein Modell austricksen</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Find a small change of the drawing that makes a model read something else; the columns then read the changed drawing</source>
        <translation>Eine kleine Änderung der Zeichnung finden, durch die ein Modell etwas anderes erkennt; die Spalten erkennen dann die veränderte Zeichnung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fool it</source>
        <translation>Austricksen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the current drawing to fool the chosen model, with the ε and aim set here</source>
        <translation>Die aktuelle Zeichnung so ändern, dass das gewählte Modell ausgetrickst wird, mit dem hier eingestellten ε und Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest ε</source>
        <translation>Kleinstes ε</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try ε = 0.01, 0.02, … up to 0.30 and stop at the first that changes the model&apos;s answer (one fast gradient sign step, any other digit)</source>
        <translation>ε = 0,01; 0,02; … bis 0,30 ausprobieren und beim ersten Wert anhalten, der die Antwort des Modells ändert (ein Fast-Gradient-Sign-Schritt, beliebige andere Ziffer)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The model to fool</source>
        <translation>Das auszutricksende Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which column&apos;s model the change is made for</source>
        <translation>Für das Modell welcher Spalte die Änderung erstellt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+113"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>What it should read</source>
        <translation>Was es erkennen soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Any other digit&quot;: one fast gradient sign step of size ε. A digit: up to %1 small steps towards that digit, never more than ε from the drawing</source>
        <translation>„Beliebige andere Ziffer“: ein Fast-Gradient-Sign-Schritt der Größe ε. Eine Ziffer: bis zu %1 kleine Schritte in Richtung dieser Ziffer, nie weiter als ε von der Zeichnung entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any other digit</source>
        <translation>beliebige andere Ziffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %1</source>
        <translation>eine %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ε, the largest change of a pixel</source>
        <translation>ε, die größte Änderung eines Pixels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ε: how much each pixel (0 black to 1 white) may change, from 0 to 0.30</source>
        <translation>ε: wie stark sich jedes Pixel (0 schwarz bis 1 weiß) ändern darf, von 0 bis 0,30</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fool:</source>
        <translation>Austricksen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to read:</source>
        <translation>soll erkennen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+107"/>
        <source>Changed input</source>
        <translation>Veränderte Eingabe</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>ε = %1</source>
        <translation>ε = %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You drew again, so the columns read your drawing. Press &quot;Fool it&quot; (%1) to change it again.</source>
        <translation>Sie haben neu gezeichnet, daher erkennen die Spalten Ihre Zeichnung. Drücken Sie „Austricksen“ (%1), um sie erneut zu ändern.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Changed: %1 reads %2</source>
        <translation>Verändert: %1 erkennt %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change (ε = %1)</source>
        <translation>Änderung (ε = %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ε up to %1 changes %2&apos;s answer (%3).</source>
        <translation>Kein ε bis %1 ändert die Antwort von %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest ε: %1. %2 now reads %3, not %4.</source>
        <translation>Kleinstes ε: %1. %2 erkennt jetzt %3, nicht %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already reads %2: nothing to change.</source>
        <translation>%1 erkennt bereits %2: nichts zu ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fooled: after %1 steps %2 reads %3, not %4.</source>
        <translation>Ausgetrickst: Nach %1 Schritten erkennt %2 %3, nicht %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not fooled: after %1 steps %2 reads %3, not %4. Try a larger ε.</source>
        <translation>Nicht ausgetrickst: Nach %1 Schritten erkennt %2 %3, nicht %4. Versuchen Sie ein größeres ε.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fooled: %1 now reads %2, not %3.</source>
        <translation>Ausgetrickst: %1 erkennt jetzt %2, nicht %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not fooled: %1 still reads %2. Try a larger ε or &quot;Smallest ε&quot;.</source>
        <translation>Nicht ausgetrickst: %1 erkennt weiterhin %2. Versuchen Sie ein größeres ε oder „Kleinstes ε“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No pixel changed by more than %1; the columns read the changed drawing.</source>
        <translation>Kein Pixel hat sich um mehr als %1 geändert; die Spalten erkennen die veränderte Zeichnung.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::HeatTile</name>
    <message>
        <location filename="../../ui/draw/HeatTile.cpp" line="+27"/>
        <source>Where the network looked</source>
        <translation>Wohin das Netz geschaut hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 reads %2</source>
        <translation>%1 erkennt %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reads %2; map for %3</source>
        <translation>%1 erkennt %2; Karte für %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>No map</source>
        <translation>Keine Karte</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1: where it looked for %2, from %3 to %4</source>
        <translation>%1: wo es nach %2 gesucht hat, von %3 bis %4</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>p(%1) %2 → %3 (drop %4)</source>
        <translation>p(%1) %2 → %3 (sinkt um %4)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p(%1) %2 → %3 (rise %4)</source>
        <translation>p(%1) %2 → %3 (steigt um %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>p(%1) %2 → %3</source>
        <translation>p(%1) %2 → %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: window at row %2, column %3 hidden: %4</source>
        <translation>%1: Fenster bei Zeile %2, Spalte %3 verdeckt: %4</translation>
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
        <translation>Vorheriges Testbild (der gewählten Klasse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next test image (of the chosen class)</source>
        <translation>Nächstes Testbild (der gewählten Klasse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A random test image (of the chosen class)</source>
        <translation>Ein zufälliges Testbild (der gewählten Klasse)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test image </source>
        <translation>Testbild </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index in the test set</source>
        <translation>Index im Testdatensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test image index</source>
        <translation>Testbild-Index</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step through one class only</source>
        <translation>Nur eine Klasse durchblättern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class filter</source>
        <translation>Klassenfilter</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>any class</source>
        <translation>alle Klassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Freeze frame</source>
        <translation>Standbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the current weights on screen while training goes on (F)</source>
        <translation>Die aktuellen Gewichte auf dem Bildschirm festhalten, während das Training weiterläuft (F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Which network the maps go through: the one being trained (live), a shipped model, the loaded weights file, or the weights an image was sent with</source>
        <translation>Durch welches Netz die Maps berechnet werden: das gerade trainierte (live), ein mitgeliefertes Modell, die geladene Gewichtsdatei oder die Gewichte, mit denen ein Bild gesendet wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The colours of feature maps, the enlargement and the explainers&apos; outputs; viridis and cividis read the same to colour-blind eyes</source>
        <translation>Die Farben der Feature-Maps, der Vergrößerung und der Ausgaben der Erklärungen; viridis und cividis sehen auch für farbenblinde Augen gleich aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour scale</source>
        <translation>Farbskala</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ImagePlanes</name>
    <message>
        <location filename="../../ui/inside/ImagePlanes.cpp" line="+20"/>
        <source>red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plane %1</source>
        <translation>Ebene %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::InsidePage</name>
    <message>
        <location filename="../../ui/inside/InsidePage.cpp" line="+62"/>
        <source>Inside the network</source>
        <translation>Im Inneren des Netzes</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Feature maps</source>
        <translation>Feature-Maps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernels</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convolution</source>
        <translation>Faltung</translation>
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
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every layer&apos;s output for the image; click a tile to enlarge it</source>
        <translation>Die Ausgabe jeder Schicht für das Bild; zum Vergrößern auf eine Kachel klicken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The convolution kernels, following the weights as they train</source>
        <translation>Die Faltungskernel, die den Gewichten während des Trainings folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convolution step by step: one kernel sliding over a small input, window by window</source>
        <translation>Faltung Schritt für Schritt: ein Kernel gleitet Fenster für Fenster über eine kleine Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pooling step by step: max and average pooling on the same windows</source>
        <translation>Pooling Schritt für Schritt: Max- und Average-Pooling auf denselben Fenstern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The convolution as one matrix product</source>
        <translation>Die Faltung als ein einziges Matrixprodukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each filter looks for: its kernel, favourite test patches and a grown input</source>
        <translation>Worauf jeder Filter anspricht: sein Kernel, Lieblingsausschnitte aus Testbildern und eine erzeugte Eingabe</translation>
    </message>
    <message>
        <location line="+173"/>
        <source> (explainers: its %1 plane)</source>
        <translation> (Erklärungen: seine %1-Ebene)</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../../ui/inside/InsidePageExports.cpp" line="+27"/>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export feature maps as PNG…</source>
        <translation>Feature-Maps als PNG exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export kernels as PNG…</source>
        <translation>Kernel als PNG exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export explainer frame as PNG…</source>
        <translation>Erklärbild als PNG exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export activations (.pt)…</source>
        <translation>Aktivierungen exportieren (.pt)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PyTorch tensors (*.pt)</source>
        <translation>PyTorch-Tensoren (*.pt)</translation>
    </message>
    <message>
        <location filename="../../ui/inside/InsidePage.cpp" line="-183"/>
        <source>No dataset loaded: a blank image</source>
        <translation>Kein Datensatz geladen: ein leeres Bild</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>test image %1, label %2</source>
        <translation>Testbild %1, Label %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 · predicted %2</source>
        <translation>%1 · Vorhersage %2</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The architecture is not valid</source>
        <translation>Die Architektur ist ungültig</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Weights: frozen frame</source>
        <translation>Gewichte: Standbild</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1, channel %2 (%3×%4)</source>
        <translation>%1, Kanal %2 (%3×%4)</translation>
    </message>
    <message>
        <location filename="../../ui/inside/InsidePageExports.cpp" line="+24"/>
        <source>Open the Convolution, Pooling or Toeplitz tab to export its frame.</source>
        <translation>Öffnen Sie den Tab „Faltung“, „Pooling“ oder „Toeplitz“, um dessen Bild zu exportieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no feature maps to save yet.</source>
        <translation>Es gibt noch keine Feature-Maps zum Speichern.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::KernelGrid</name>
    <message>
        <location filename="../../ui/inside/KernelView.cpp" line="+44"/>
        <source>Convolution kernels</source>
        <translation>Faltungskernel</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+127"/>
        <source>No kernels yet.</source>
        <translation>Noch keine Kernel.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 (row %2, column %3) = %4
Click to use it in the convolution explainer</source>
        <translation>%1 (Zeile %2, Spalte %3) = %4
Klicken, um ihn in der Faltungs-Erklärung zu verwenden</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::KernelView</name>
    <message>
        <location line="+48"/>
        <source>Kernels</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which convolution&apos;s kernels to show</source>
        <translation>Von welcher Faltung die Kernel angezeigt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deeper convolution has one kernel per input channel for each output channel: browse the output channels (Page Up/Down)</source>
        <translation>Eine tiefere Faltung hat für jeden Ausgabekanal einen Kernel pro Eingabekanal: Ausgabekanäle durchblättern (Bild auf/ab)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output channel </source>
        <translation>Ausgabekanal </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Layer:</source>
        <translation>Schicht:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This network has no convolution layer, so it has no kernels: its first layer weighs every pixel at once (see Feature maps).</source>
        <translation>Dieses Netz hat keine Faltungsschicht und daher keine Kernel: seine erste Schicht gewichtet alle Pixel auf einmal (siehe Feature-Maps).</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1&apos;s %2 kernels of %3×%3</source>
        <translation>%2 Kernel von %1 mit %3×%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 kernels of %3×%3, one per output channel. Blue is negative, white zero, red positive; hover for values, click one to step it over an image.</source>
        <translation>%1: %2 Kernel mit %3×%3, einer pro Ausgabekanal. Blau ist negativ, Weiß null, Rot positiv; für Werte mit der Maus darüberfahren, einen anklicken, um ihn schrittweise über ein Bild zu führen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in %1 (%2)</source>
        <translation>Eing. %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in %1</source>
        <translation>Eing. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 output channel %2: %3 kernels of %4×%4, one per input channel</source>
        <translation>%1 Ausgabekanal %2: %3 Kernel mit %4×%4, einer pro Eingabekanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, output channel %2 of %3: one %4×%4 kernel per input channel (%5), summed into one map.</source>
        <translation>%1, Ausgabekanal %2 von %3: ein %4×%4-Kernel pro Eingabekanal (%5), zu einer Map summiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click one to step it over the image&apos;s plane it reads.</source>
        <translation>Klicken Sie auf einen, um ihn Schritt für Schritt über die Ebene des Bildes zu führen, die er liest.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/common/LanguageMenu.cpp" line="+16"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CNN Lab will use the new language the next time it starts.</source>
        <translation>CNN Lab verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Später</translation>
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
        <translation>Entwurf &amp;&amp; Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside</source>
        <translation>Innenansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design the network, watch its layer sizes, and train it (Alt+1).</source>
        <translation>Das Netz entwerfen, seine Schichtgrößen verfolgen und es trainieren (Alt+1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look inside the network (Alt+2).</source>
        <translation>Ins Innere des Netzes schauen (Alt+2).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw a digit and watch the models read it (Alt+3).</source>
        <translation>Eine Ziffer zeichnen und zusehen, wie die Modelle sie erkennen (Alt+3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare Models A, B and C fairly (Alt+4).</source>
        <translation>Modelle A, B und C fair vergleichen (Alt+4).</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Inside: export</source>
        <translation>&amp;Innenansicht: Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dra&amp;wings</source>
        <translation>&amp;Zeichnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comparisons</source>
        <translation>&amp;Vergleiche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dataset</source>
        <translation>Daten&amp;satz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fine-tune a shipped model</source>
        <translation>Mitgeliefertes Modell &amp;nachtrainieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CNN Lab</source>
        <translation>&amp;Über CNN Lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 · %2 training / %3 test images · %4</source>
        <translation>%1 · %2 Trainings- / %3 Testbilder · %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dataset loaded (%1 chosen: Dataset menu)</source>
        <translation>Kein Datensatz geladen (%1 gewählt: Menü „Datensatz“)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not open the architecture</source>
        <translation>Architektur konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load the weights</source>
        <translation>Gewichte konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not open the run</source>
        <translation>Lauf konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not open the comparison</source>
        <translation>Vergleich konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open the file</source>
        <translation>Datei konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MapView</name>
    <message>
        <location filename="../../ui/inside/MapView.cpp" line="+32"/>
        <source>Enlarged map</source>
        <translation>Vergrößerte Map</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hover the map for a value</source>
        <translation>Für einen Wert mit der Maus über die Map fahren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enlarged map plot</source>
        <translation>Diagramm der vergrößerten Map</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click a tile to enlarge it.</source>
        <translation>Zum Vergrößern auf eine Kachel klicken.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>(row %1, column %2) = %3</source>
        <translation>(Zeile %1, Spalte %2) = %3</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MirrorsDialog</name>
    <message>
        <location filename="../../ui/data/MirrorsDialog.cpp" line="+22"/>
        <source>Download mirrors</source>
        <translation>Download-Spiegelserver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;The downloads try these mirrors in order, one URL per line. A file&apos;s URL is the mirror URL followed by its name, e.g. &lt;code&gt;%1&lt;/code&gt;. Every file is checked against its published checksum, whichever mirror serves it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Downloads probieren diese Spiegelserver der Reihe nach aus, eine URL pro Zeile. Die URL einer Datei ist die URL des Spiegelservers, gefolgt von ihrem Namen, z. B. &lt;code&gt;%1&lt;/code&gt;. Jede Datei wird mit ihrer veröffentlichten Prüfsumme abgeglichen, egal von welchem Spiegelserver sie kommt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Put the default mirrors on this page: torchvision&apos;s for MNIST and Fashion-MNIST, the authors&apos; site for CIFAR-10.</source>
        <translation>Die voreingestellten Spiegelserver auf diese Seite setzen: die von torchvision für MNIST und Fashion-MNIST, die Seite der Autoren für CIFAR-10.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The %1 list is empty: add a mirror or press Restore Defaults.</source>
        <translation>Die Liste für %1 ist leer: Fügen Sie einen Spiegelserver hinzu oder klicken Sie auf „Voreinstellungen“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is not a mirror URL; use an absolute http://, https:// or file:// URL.</source>
        <translation>%1: „%2“ ist keine Spiegelserver-URL; verwenden Sie eine absolute http://-, https://- oder file://-URL.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not write the settings to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::MisclassifiedGallery</name>
    <message>
        <location filename="../../ui/compare/MisclassifiedGallery.cpp" line="+62"/>
        <source>Whose mistakes to show.</source>
        <translation>Wessen Fehler angezeigt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Misclassified test images</source>
        <translation>Falsch klassifizierte Testbilder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test images this run got wrong, most confident mistakes first (true → predicted, confidence). Click one to see every model&apos;s probabilities; double-click to look inside.</source>
        <translation>Testbilder, die dieser Lauf falsch erkannt hat, die sichersten Fehler zuerst (richtig → vorhergesagt, Sicherheit). Eines anklicken, um die Wahrscheinlichkeiten jedes Modells zu sehen; Doppelklick, um hineinzuschauen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click an image to see how each model reads it.</source>
        <translation>Ein Bild anklicken, um zu sehen, wie jedes Modell es erkennt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each model&apos;s probabilities for the chosen image</source>
        <translation>Die Wahrscheinlichkeiten jedes Modells für das gewählte Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look inside</source>
        <translation>Hineinschauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+194"/>
        <source>Send this image to the Inside page (Enter).</source>
        <translation>Dieses Bild an die Innenansicht senden (Eingabetaste).</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+191"/>
        <source>Ask why: open this image on the Draw page with the run&apos;s model, and show where it looked.</source>
        <translation>Nach dem Warum fragen: dieses Bild mit dem Modell des Laufs auf der Seite „Zeichnen“ öffnen und zeigen, wohin es geschaut hat.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Test image %1 (a %2; model %3 said %4)</source>
        <translation>Testbild %1 (eine %2; Modell %3 sagte %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, seed %2 (comparison &quot;%3&quot;)</source>
        <translation>%1, Seed %2 (Vergleich „%3“)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, seed %2 (%3 %)</source>
        <translation>%1, Seed %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Trained on %1: load it to see the mistakes.</source>
        <translation>Trainiert auf %1: Laden Sie es, um die Fehler zu sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot evaluate: %1</source>
        <translation>Auswertung nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 wrong of %2</source>
        <translation>%1 von %2 falsch</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test image %1: a %2, read as %3 with %4 % confidence</source>
        <translation>Testbild %1: eine %2, erkannt als %3 mit %4 % Sicherheit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Why? opens the image on the Draw page, which reads 28 × 28 grey images; this dataset&apos;s are %1 × %1%2.</source>
        <translation>Warum? öffnet das Bild auf der Zeichnen-Seite, die graue 28 × 28-Bilder liest; die dieses Datensatzes sind %1 × %1%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> in colour</source>
        <translation> in Farbe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Test image %1: a %2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Testbild %1: eine %2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;/table&gt;&lt;p&gt;Probabilities in %, seed %1 of every model; bold: the model&apos;s answer.&lt;/p&gt;</source>
        <translation>&lt;/table&gt;&lt;p&gt;Wahrscheinlichkeiten in %, Seed %1 jedes Modells; fett: die Antwort des Modells.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ModelColumn</name>
    <message>
        <location filename="../../ui/draw/ModelColumn.cpp" line="+35"/>
        <source>Which network this column shows: a shipped pretrained model, the network being trained (updated live while it trains) or a weights file you loaded</source>
        <translation>Welches Netz diese Spalte zeigt: ein mitgeliefertes vortrainiertes Modell, das Netz im Training (live aktualisiert, während es trainiert) oder eine von Ihnen geladene Gewichtsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column %1&apos;s network</source>
        <translation>Netz von Spalte %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model %1 (shipped)</source>
        <translation>Modell %1 (mitgeliefert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Network being trained</source>
        <translation>Netz im Training</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+135"/>
        <location line="+27"/>
        <source>Loaded weights</source>
        <translation>Geladene Gewichte</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Inside →</source>
        <translation>Innen →</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The network this column shows; pick another above</source>
        <translation>Das Netz, das diese Spalte zeigt; oben ein anderes wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How often this network is right on MNIST&apos;s 10,000 test images</source>
        <translation>Wie oft dieses Netz bei den 10.000 Testbildern von MNIST richtig liegt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marked when this model&apos;s answer differs from the others&apos;</source>
        <translation>Markiert, wenn die Antwort dieses Modells von denen der anderen abweicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer is a guess: the network was not sure, or the picture is unlike a single digit (ink filling the box, several separate marks)</source>
        <translation>Die Antwort ist geraten: Das Netz war unsicher, oder das Bild ähnelt keiner einzelnen Ziffer (Tinte füllt den Rahmen, mehrere getrennte Striche)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This column reads the drawing changed by &quot;Fool the network&quot;, not your drawing</source>
        <translation>Diese Spalte erkennt die durch „Netz austricksen“ veränderte Zeichnung, nicht Ihre Zeichnung</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Available once a network is training</source>
        <translation>Verfügbar, sobald ein Netz trainiert wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available once weights are loaded (File → Load trained weights)</source>
        <translation>Verfügbar, sobald Gewichte geladen sind (Datei → Trainierte Gewichte laden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded: %1</source>
        <translation>Geladen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trained network (%1)</source>
        <translation>Trainiertes Netz (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your trained network</source>
        <translation>Ihr trainiertes Netz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your network</source>
        <translation>Ihr Netz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network trained on the Design page</source>
        <translation>Das auf der Seite „Entwurf &amp; Training“ trainierte Netz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its test accuracy is plotted on the Design page</source>
        <translation>Seine Testgenauigkeit wird auf der Seite „Entwurf &amp; Training“ dargestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trained, %1</source>
        <translation>trainiert, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network being trained&lt;br&gt;live: updates as it learns</source>
        <translation>das Netz im Training&lt;br&gt;live: aktualisiert sich beim Lernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>test accuracy not known here</source>
        <translation>Testgenauigkeit hier unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded weights: %1</source>
        <translation>Geladene Gewichte: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure it with cnnlab-cli eval --weights FILE</source>
        <translation>Mit cnnlab-cli eval --weights DATEI messen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shipped Model %1, trained by cnnlab-cli (see the README)</source>
        <translation>Das mitgelieferte Modell %1, trainiert mit cnnlab-cli (siehe README)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MNIST test accuracy&lt;br&gt;&lt;b&gt;%1&#xa0;%&lt;/b&gt;</source>
        <translation>MNIST-Testgenauigkeit&lt;br&gt;&lt;b&gt;%1&#xa0;%&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST test accuracy not known</source>
        <translation>MNIST-Testgenauigkeit unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured on MNIST&apos;s 10,000 test images when it was trained.
Recipe: %1</source>
        <translation>Beim Training an den 10.000 Testbildern von MNIST gemessen.
Rezept: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: probabilities</source>
        <translation>%1: Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the drawing to the Inside page with %1&apos;s weights (%2)</source>
        <translation>Die Zeichnung mit den Gewichten von %1 an die Innenansicht senden (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to read, so nothing is predicted</source>
        <translation>Nichts zu erkennen, daher keine Vorhersage</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unsure: %1</source>
        <translation>Unsicher: %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::NewDatasetDialog</name>
    <message>
        <location filename="../../ui/data/NewDatasetDialog.cpp" line="+23"/>
        <source>New dataset</source>
        <translation>Neuer Datensatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>our-shapes</source>
        <translation>unsere-formen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dataset&apos;s folder name; the status bar and saved runs show it.</source>
        <translation>Der Ordnername des Datensatzes; die Statusleiste und gespeicherte Läufe zeigen ihn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>circle
star
triangle</source>
        <translation>Kreis
Stern
Dreieck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One class a line, 2 to 62 of them. Each becomes a folder, so / \ : * ? &quot; &lt; &gt; | cannot be used, and &quot;test&quot; and &quot;val&quot; are kept for the test split.</source>
        <translation>Eine Klasse pro Zeile, 2 bis 62. Jede wird ein Ordner, daher sind / \ : * ? &quot; &lt; &gt; | nicht erlaubt, und „test“ und „val“ sind für die Testaufteilung reserviert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many examples each class should get; the counters count towards it. 20 a class trains Model A in under a minute.</source>
        <translation>Wie viele Beispiele jede Klasse bekommen soll; die Zähler zählen darauf hin. Mit 20 je Klasse trainiert Modell A in unter einer Minute.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;In:</source>
        <translation>&amp;In:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Classes:</source>
        <translation>&amp;Klassen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Examples a class:</source>
        <translation>&amp;Beispiele je Klasse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;reate and start drawing</source>
        <translation>&amp;Anlegen und zeichnen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose where the dataset goes.</source>
        <translation>Bitte wählen, wohin der Datensatz kommt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Where the dataset goes</source>
        <translation>Wohin der Datensatz kommt</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::PlotPanel</name>
    <message>
        <location filename="../../ui/training/PlotPanel.cpp" line="+45"/>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cross-entropy loss</source>
        <translation>Kreuzentropie-Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>loss per iteration</source>
        <translation>Verlust pro Iteration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>smoothed</source>
        <translation>geglättet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Learning rate (dotted)</source>
        <translation>Lernrate (gepunktet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>training accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>iteration %1
loss %2 (smoothed %3)</source>
        <translation>Iteration %1
Verlust %2 (geglättet %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>iteration %1
test accuracy %2%</source>
        <translation>Iteration %1
Testgenauigkeit %2 %</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Drag to pan, wheel to zoom, double-click to follow the training again.</source>
        <translation>Ziehen zum Verschieben, Mausrad zum Zoomen, Doppelklick, um wieder dem Training zu folgen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 by iteration</source>
        <translation>%1 nach Iteration</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>training accuracy %1%</source>
        <translation>Trainingsgenauigkeit %1 %</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Could not encode the plots as PNG.</source>
        <translation>Die Diagramme konnten nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CNN Lab training curves</source>
        <translation>CNN Lab – Trainingskurven</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not start the PDF writer.</source>
        <translation>Der PDF-Export konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::PoolingExplainer</name>
    <message>
        <location filename="../../ui/inside/PoolingExplainer.cpp" line="+24"/>
        <source>size </source>
        <translation>Größe </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Width and height of the input crop</source>
        <translation>Breite und Höhe des Eingabeausschnitts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row </source>
        <translation>Zeile </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column </source>
        <translation>Spalte </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Top row of the crop in the image</source>
        <translation>Oberste Zeile des Ausschnitts im Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left column of the crop in the image</source>
        <translation>Linke Spalte des Ausschnitts im Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>window </source>
        <translation>Fenster </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pooling window size (K); the lesson uses 2</source>
        <translation>Größe des Pooling-Fensters (K); die Lektion verwendet 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stride </source>
        <translation>Schrittweite </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How far the window moves (S); PyTorch&apos;s default is K</source>
        <translation>Wie weit sich das Fenster bewegt (S); der Standard von PyTorch ist K</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Input crop:</source>
        <translation>Eingabeausschnitt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pooling:</source>
        <translation>Pooling:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Window at row %1, column %2 → output (%3, %4):&lt;br&gt;&lt;b&gt;max&lt;/b&gt;(%5) = &lt;b&gt;%6&lt;/b&gt; (ringed in red)&lt;br&gt;&lt;b&gt;average&lt;/b&gt; = (%7)/%8 = &lt;b&gt;%9&lt;/b&gt;</source>
        <translation>Fenster bei Zeile %1, Spalte %2 → Ausgabe (%3, %4):&lt;br&gt;&lt;b&gt;max&lt;/b&gt;(%5) = &lt;b&gt;%6&lt;/b&gt; (rot umkreist)&lt;br&gt;&lt;b&gt;Mittelwert&lt;/b&gt; = (%7)/%8 = &lt;b&gt;%9&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::PresentationMode</name>
    <message>
        <location filename="../../ui/common/PresentationMode.cpp" line="+39"/>
        <source>&amp;Presentation</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full screen, large enough to read from the back of a room (F5; Esc leaves).</source>
        <translation>Vollbild, groß genug, um es auch hinten im Raum zu lesen (F5; Esc beendet).</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ProbabilityBars</name>
    <message>
        <location filename="../../ui/draw/ProbabilityBars.cpp" line="+36"/>
        <source>The model&apos;s probability for each digit (softmax). The largest is its answer.</source>
        <translation>Die Wahrscheinlichkeit des Modells für jede Ziffer (Softmax). Die größte ist seine Antwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probabilities</source>
        <translation>Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Reads %1 with probability %2</source>
        <translation>Erkennt %1 mit Wahrscheinlichkeit %2</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::QuitQuestion</name>
    <message>
        <location filename="../../ui/design/QuitQuestion.cpp" line="+42"/>
        <source>Quit CNN Lab</source>
        <translation>CNN Lab beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network is still training. Quit and lose this run?</source>
        <translation>Ein Netz wird noch trainiert. Beenden und diesen Lauf verlieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last run was not saved. Quit and lose it?</source>
        <translation>Der letzte Lauf wurde nicht gespeichert. Beenden und ihn verlieren?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save stops the training and saves the run (its settings, curves, results and weights) before quitting.</source>
        <translation>„Stoppen und speichern“ stoppt das Training und speichert den Lauf (Einstellungen, Kurven, Ergebnisse und Gewichte) vor dem Beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save keeps its settings, curves, results and weights in a file.</source>
        <translation>„Lauf speichern“ sichert Einstellungen, Kurven, Ergebnisse und Gewichte in einer Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and &amp;save…</source>
        <translation>Stoppen und &amp;speichern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save run…</source>
        <translation>Lauf &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit without saving</source>
        <translation>Ohne Speichern &amp;beenden</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::RecentFiles</name>
    <message>
        <location filename="../../ui/common/RecentFiles.cpp" line="+25"/>
        <source>architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawing</source>
        <translation>Zeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class set</source>
        <translation>Klassensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dataset folder</source>
        <translation>Datensatzordner</translation>
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
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1%2 — %3</source>
        <translation>%1%2 — %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Liste leeren</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::SavedComparisonsList</name>
    <message>
        <location filename="../../ui/compare/SavedComparisonsList.cpp" line="+19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparisons saved in the app&apos;s data folder. Double-click to open; F2 renames.</source>
        <translation>Im Datenordner der App gespeicherte Vergleiche. Doppelklick zum Öffnen; F2 zum Umbenennen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected comparison (F2).</source>
        <translation>Den ausgewählten Vergleich umbenennen (F2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected comparison and its weights, after a question.</source>
        <translation>Den ausgewählten Vergleich und seine Gewichte nach einer Rückfrage löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete comparison</source>
        <translation>Vergleich löschen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 × %2 seeds</source>
        <translation>%1 × %2 Seeds</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not rename</source>
        <translation>Umbenennen fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete &quot;%1&quot; and its weights files?
%2</source>
        <translation>„%1“ und seine Gewichtsdateien löschen?
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not delete</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open this comparison</source>
        <translation>Dieser Vergleich kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ScheduleEditor</name>
    <message>
        <location filename="../../ui/training/ScheduleEditor.cpp" line="+17"/>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step down</source>
        <translation>stufenweise senken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosine to 0</source>
        <translation>Kosinus bis 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the learning rate changes during the run. Constant is the lesson&apos;s; step down multiplies it by a factor after chosen iterations (PyTorch&apos;s MultiStepLR); cosine lowers it smoothly to 0 by the last iteration (CosineAnnealingLR). The loss plot shows the rate on its right axis.</source>
        <translation>Wie sich die Lernrate während des Laufs ändert. Konstant ist die der Lektion; stufenweise senken multipliziert sie nach gewählten Iterationen mit einem Faktor (PyTorchs MultiStepLR); Kosinus senkt sie gleichmäßig bis zur letzten Iteration auf 0 (CosineAnnealingLR). Das Verlust-Diagramm zeigt die Rate auf seiner rechten Achse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learning-rate schedule</source>
        <translation>Lernraten-Zeitplan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The factor the rate is multiplied by at each milestone (PyTorch&apos;s gamma).</source>
        <translation>Der Faktor, mit dem die Rate an jedem Meilenstein multipliziert wird (PyTorchs gamma).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 1500,2500</source>
        <translation>z. B. 1500,2500</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The iterations after which the rate drops, separated by commas.</source>
        <translation>Die Iterationen, nach denen die Rate sinkt, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>after</source>
        <translation>nach</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::StackDiagram</name>
    <message>
        <location filename="../../ui/design/StackDiagram.cpp" line="+29"/>
        <source>The feature maps drawn to scale: each box&apos;s side is the layer&apos;s height/width, labelled with its channels. Convolution with same padding keeps the size, pooling shrinks it.</source>
        <translation>Die Feature-Maps maßstabsgetreu gezeichnet: Die Seitenlänge jedes Kastens ist die Höhe/Breite der Schicht, beschriftet mit ihren Kanälen. Faltung mit „same“ Padding behält die Größe bei, Pooling verkleinert sie.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The network&apos;s layers drawn as boxes</source>
        <translation>Die Schichten des Netzes als Kästen gezeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid at %1: %2</source>
        <translation>ungültig bei %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>%1 ch</source>
        <translation>%1 Kan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>units</source>
        <translation>Neuronen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::StepControls</name>
    <message>
        <location filename="../../ui/inside/StepControls.cpp" line="+32"/>
        <source>Back to the first window</source>
        <translation>Zurück zum ersten Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One window back</source>
        <translation>Ein Fenster zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Play or pause</source>
        <translation>Abspielen oder pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One window forward</source>
        <translation>Ein Fenster weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the whole output</source>
        <translation>Die ganze Ausgabe füllen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play speed: windows per second</source>
        <translation>Abspielgeschwindigkeit: Fenster pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play speed</source>
        <translation>Abspielgeschwindigkeit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>window %1 of %2</source>
        <translation>Fenster %1 von %2</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::ToeplitzView</name>
    <message>
        <location filename="../../ui/inside/ToeplitzView.cpp" line="+15"/>
        <source>input </source>
        <translation>Eingabe </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input width and height (a crop from the middle of the page&apos;s image)</source>
        <translation>Breite und Höhe der Eingabe (ein Ausschnitt aus der Mitte des Bildes dieser Seite)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kernel to unroll</source>
        <translation>Der Kernel, der in die Matrix ausgerollt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>padding </source>
        <translation>Padding </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zeros on every side (P)</source>
        <translation>Nullen an jeder Seite (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stride </source>
        <translation>Schrittweite </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How far the window moves (S)</source>
        <translation>Wie weit sich das Fenster bewegt (S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kernel:</source>
        <translation>Kernel:</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>✓ The matrix product equals the sliding-window result, number for number (largest difference %1).</source>
        <translation>✓ Das Matrixprodukt stimmt Zahl für Zahl mit dem Ergebnis des gleitenden Fensters überein (größte Abweichung %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ The matrix product differs from the sliding window by up to %1.</source>
        <translation>✗ Das Matrixprodukt weicht um bis zu %1 vom gleitenden Fenster ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Padded input %1×%2 flattened to a vector of %3; output %4×%5 = %6 cells, so the matrix is %6×%3. Each row holds the kernel&apos;s %7 values where its window&apos;s pixels sit; each block of %5 rows repeats the block above shifted right by %8 columns — the band.</source>
        <translation>Die aufgefüllte Eingabe %1×%2 wird zu einem Vektor der Länge %3 abgeflacht; Ausgabe %4×%5 = %6 Zellen, also ist die Matrix %6×%3. Jede Zeile enthält die %7 Werte des Kernels dort, wo die Pixel seines Fensters liegen; jeder Block aus %5 Zeilen wiederholt den Block darüber, um %8 Spalten nach rechts verschoben — das Band.</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::TrainingPanel</name>
    <message>
        <location filename="../../ui/training/TrainingPanel.cpp" line="+70"/>
        <source>n_iters: how many batches to train on. One iteration = one batch through the network, the loss, the gradients and one parameter update. The lesson uses 3000.</source>
        <translation>n_iters: auf wie vielen Batches trainiert wird. Eine Iteration = ein Batch durch das Netz, der Verlust, die Gradienten und eine Aktualisierung der Parameter. Die Lektion verwendet 3000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>batch_size: how many images each iteration looks at (the lesson uses 100).</source>
        <translation>batch_size: wie viele Bilder jede Iteration betrachtet (die Lektion verwendet 100).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>learning_rate: how big a step the optimizer takes along the gradient (the lesson uses 0.01 with SGD).</source>
        <translation>learning_rate: wie groß der Schritt ist, den der Optimierer entlang des Gradienten macht (die Lektion verwendet 0,01 mit SGD).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How parameters are updated from their gradients. The lesson uses plain SGD.</source>
        <translation>Wie die Parameter aus ihren Gradienten aktualisiert werden. Die Lektion verwendet einfaches SGD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Momentum for SGD + momentum: how much of the previous step is kept.</source>
        <translation>Momentum für SGD + Momentum: wie viel vom vorherigen Schritt beibehalten wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay (PyTorch&apos;s weight_decay): every step also pulls each weight towards 0 by this fraction of the learning rate, which keeps weights small and can curb overfitting. The lesson uses none.</source>
        <translation>Weight Decay (PyTorchs weight_decay): Jeder Schritt zieht außerdem jedes Gewicht um diesen Anteil der Lernrate Richtung 0. Das hält die Gewichte klein und kann Überanpassung bremsen. Die Lektion verwendet keinen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only at the end</source>
        <translation>nur am Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the test accuracy every N iterations (the lesson: every 500) and print the lesson&apos;s line: Iteration, Loss, Accuracy.</source>
        <translation>Die Testgenauigkeit alle N Iterationen berechnen (die Lektion: alle 500) und die Zeile der Lektion ausgeben: Iteration, Loss, Accuracy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all test images</source>
        <translation>alle Testbilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate on the first N test images only (faster on a slow laptop).</source>
        <translation>Nur auf den ersten N Testbildern auswerten (schneller auf einem langsamen Laptop).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all images</source>
        <translation>alle Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> images</source>
        <translation> Bildern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on only N training images, drawn at random from the seed (the same N for the same seed). Try 600 against all 60,000 and watch the training and test accuracy part: a small set is learnt by heart.</source>
        <translation>Nur mit N Trainingsbildern trainieren, zufällig gezogen aus dem Seed (dieselben N beim selben Seed). Vergleiche 600 mit allen 60.000 und sieh, wie Trainings- und Testgenauigkeit auseinandergehen: Eine kleine Menge wird auswendig gelernt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The seed of the random weight initialization and the shuffling: the same seed gives the same run.</source>
        <translation>Der Seed für die zufällige Initialisierung der Gewichte und das Mischen: Derselbe Seed ergibt denselben Lauf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the tensors live: the CPU, or a CUDA GPU (model and tensors must both be on the GPU).</source>
        <translation>Wo die Tensoren liegen: auf der CPU oder einer CUDA-GPU (Modell und Tensoren müssen beide auf der GPU sein).</translation>
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
        <translation> — fehlt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads for the training. Auto (the default) tries all %1 cores and one fewer while it trains, and keeps whichever is faster right now: the window and other programs need some of the computer too. A number fixes the count.</source>
        <translation>CPU-Threads für das Training. Auto (Standard) probiert während des Trainings alle %1 Kerne und einen weniger aus und behält, was gerade schneller ist: Das Fenster und andere Programme brauchen auch etwas vom Computer. Eine Zahl legt die Anzahl fest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Augment the images</source>
        <translation>Bilder augmentieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not the lesson&apos;s recipe: each batch is randomly rotated, scaled, shifted, bent and made thicker or thinner, and on MNIST some 1s, 7s and 9s are replaced by drawn continental 1s, crossed 7s and straight-stem 9s, so the network reads hand-drawn digits better. Off keeps the lesson&apos;s training exactly.</source>
        <translation>Nicht das Rezept der Lektion: Jeder Batch wird zufällig gedreht, skaliert, verschoben, verbogen und dicker oder dünner gemacht, und bei MNIST werden einige Einsen, Siebenen und Neunen durch gezeichnete Einsen mit Aufstrich, durchgestrichene Siebenen und Neunen mit geradem Stiel ersetzt, damit das Netz handgezeichnete Ziffern besser erkennt. Ausgeschaltet bleibt das Training genau wie in der Lektion.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iterationen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimierer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Momentum:</source>
        <translation>&amp;Momentum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weight decay:</source>
        <translation>&amp;Weight Decay:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluate every:</source>
        <translation>&amp;Auswerten alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test images:</source>
        <translation>Testbilder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on:</source>
        <translation>Trainieren mit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See&amp;d:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;vice:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU &amp;threads:</source>
        <translation>CPU-&amp;Threads:</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+119"/>
        <source>Iteration %v / %m</source>
        <translation>Iteration %v / %m</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Iteration %1 of %2 · epoch %3
%4 images/s · %5 left</source>
        <translation>Iteration %1 von %2 · Epoche %3
%4 Bilder/s · noch %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Paused at iteration %1 (Ctrl+P resumes).</source>
        <translation>Pausiert bei Iteration %1 (Strg+P: fortsetzen).</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Paused at %v / %m</source>
        <translation>Pausiert bei %v / %m</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finished: %1 iterations in %2</source>
        <translation>Fertig: %1 Iterationen in %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped after %1 iterations.</source>
        <translation>Nach %1 Iterationen gestoppt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diverged: %1</source>
        <translation>Divergiert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · accuracy %1%</source>
        <translation> · Genauigkeit %1 %</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::Translations</name>
    <message>
        <location filename="../../ui/common/Translations.cpp" line="+35"/>
        <source>English</source>
        <comment>The name of this translation&apos;s language, in that language</comment>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::VaryArmsRow</name>
    <message>
        <location filename="../../ui/compare/VaryArmsRow.cpp" line="+22"/>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the arms train differently; everything else stays the same for all of them.</source>
        <translation>Was die Varianten unterschiedlich trainieren; alles andere bleibt für alle gleich.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each checked model becomes one arm per value (at most %1 arms).</source>
        <translation>Jedes angehakte Modell wird zu einer Variante pro Wert (höchstens %1 Varianten).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values, separated by commas, e.g. %1</source>
        <translation>Die Werte, durch Kommas getrennt, z. B. %1</translation>
    </message>
</context>
<context>
    <name>cnnlab::ui::WhyView</name>
    <message>
        <location filename="../../ui/draw/WhyView.cpp" line="+37"/>
        <source>Occlusion: a %1 × %1 square of background slides over the input; red where hiding the pixels lowers the probability of the class, blue where it raises it.</source>
        <translation>Verdeckung: Ein %1 × %1 großes Quadrat aus Hintergrund gleitet über die Eingabe; rot, wo das Verdecken der Pixel die Wahrscheinlichkeit der Klasse senkt, blau, wo es sie erhöht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saliency: how much a tiny change of each pixel would change the class&apos;s score (|∂ score / ∂ pixel|).</source>
        <translation>Salienz: wie stark eine winzige Änderung jedes Pixels den Score der Klasse ändern würde (|∂ Score / ∂ Pixel|).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gradient × input: how much each pixel&apos;s ink pushes towards the class (red) or away from it (blue).</source>
        <translation>Gradient × Eingabe: wie stark die Tinte jedes Pixels zur Klasse hin (rot) oder von ihr weg (blau) drückt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grad-CAM: where the last convolution block&apos;s maps that matter for the class are active, scaled up to the input.</source>
        <translation>Grad-CAM: wo die für die Klasse wichtigen Maps des letzten Faltungsblocks aktiv sind, auf die Eingabe hochskaliert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why did it say that?</source>
        <translation>Warum hat es das gesagt?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show where each network looked to give its answer (Ctrl+Y)</source>
        <translation>Zeigen, wohin jedes Netz für seine Antwort geschaut hat (Strg+Y)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How to show where the network looked</source>
        <translation>Wie gezeigt wird, wohin das Netz geschaut hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occlusion</source>
        <translation>Verdeckung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saliency</source>
        <translation>Salienz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient × input</source>
        <translation>Gradient × Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to show where each network looked for its answer</source>
        <translation>Wie gezeigt wird, wohin jedes Netz für seine Antwort geschaut hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class to explain</source>
        <translation>Zu erklärende Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predicted class</source>
        <translation>vorhergesagte Klasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain each network&apos;s own answer, or where it finds evidence for another digit</source>
        <translation>Die eigene Antwort jedes Netzes erklären oder zeigen, wo es Hinweise auf eine andere Ziffer findet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>window </source>
        <translation>Fenster </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side of the square of background slid over the input, in pixels</source>
        <translation>Seitenlänge des Hintergrundquadrats, das über die Eingabe gleitet, in Pixeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stride </source>
        <translation>Schrittweite </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far the square moves each step, in pixels</source>
        <translation>Wie weit sich das Quadrat pro Schritt bewegt, in Pixeln</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where it looked:</source>
        <translation>Wohin es schaute:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Draw a digit to see where each network looked</source>
        <translation>Zeichnen Sie eine Ziffer, um zu sehen, wohin jedes Netz geschaut hat</translation>
    </message>
</context>
</TS>
