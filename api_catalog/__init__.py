"""apigen's built-in catalog of executable APIs: one folder per category.

Catalog modules use the Python standard library only: they are imported inside the
sandbox image, which has nothing else.
"""
