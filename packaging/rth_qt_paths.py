# Run-time hook of the Desk bundle, in place of PyInstaller's pyi_rth_pyside6: the same Qt
# search paths, without importing QtCore at start-up. The stock hook imports QtCore in every
# start only to check for an embedded qt.conf, which PySide6's wheels make themselves when
# they are imported; `desk incoming` and the other commands that never touch Qt paid
# ~60 ms for it (Qt's core library and ICU loaded for nothing).
import os
import sys

_base = os.path.join(sys._MEIPASS, "PySide6")
if not sys.platform.startswith("win"):
    _base = os.path.join(_base, "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_base, "plugins")
os.environ["QML2_IMPORT_PATH"] = os.path.join(_base, "qml")
if sys.platform.startswith("win"):  # QtNetwork finds the bundled OpenSSL DLLs here
    os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
del _base
