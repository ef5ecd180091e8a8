"""The PySide6 desktop app: main window, panels, undo commands, preview, files and recovery.

The only package that imports Qt (tests/test_layers.py keeps it so). Modules here that say
"no Qt" in their docstring stay importable and testable without a QApplication.
"""
