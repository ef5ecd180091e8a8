"""The main window's panels, each in its own module: fact library, outline, block editor, preview."""
