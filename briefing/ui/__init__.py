"""The desktop application: PySide6 windows, panels, dialogs, undo commands and Qt item models."""
