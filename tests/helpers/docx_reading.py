"""Read an exported .docx the way an independent tool would: the zip and its XML, never python-docx.

These helpers open the package with zipfile and lxml only, independently of the writer's own
package layer (briefing/render/docx/package.py), so a mistake there cannot hide behind itself.
"""
from __future__ import annotations

import io
import shutil
import subprocess
import zipfile

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W_NS,
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
}
W = f"{{{W_NS}}}"


class Package:
    """The parts of one .docx file, parsed on demand."""

    def __init__(self, data: bytes):
        self.data = data
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            self.parts = {name: archive.read(name) for name in archive.namelist()}

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.parts[name])

    def xpath(self, name: str, path: str) -> list:
        return self.xml(name).xpath(path, namespaces=NS)

    def related(self, source: str, reltype_suffix: str) -> list[str]:
        """Targets of ``source``'s relationships whose type ends with ``reltype_suffix``."""
        folder, _, base = source.rpartition("/")
        rels = self.xml(f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels")
        return [r.get("Target") for r in rels if r.get("Type").endswith(reltype_suffix)]

    def style_ids(self) -> dict[str, str]:
        """{style name: style id}; names as Word writes them ("heading 1", "Title")."""
        return {s.find(W + "name").get(W + "val"): s.get(W + "styleId")
                for s in self.xml("word/styles.xml").iter(W + "style") if s.find(W + "name") is not None}

    def paragraphs(self, part: str = "word/document.xml") -> list[tuple[str, str]]:
        """(style id, text) of every paragraph in ``part``, in order; text joins all w:t."""
        out = []
        for p in self.xml(part).iter(W + "p"):
            style = p.find(f"{W}pPr/{W}pStyle")
            text = "".join(t.text or "" for t in p.iter(W + "t"))
            out.append((style.get(W + "val") if style is not None else "", text))
        return out


def pandoc_markdown(data: bytes, tmp_path) -> str:
    """What pandoc reads from the .docx, as Markdown (the caller skips when pandoc is missing)."""
    path = tmp_path / "read-back.docx"
    path.write_bytes(data)
    return subprocess.run([shutil.which("pandoc"), "-f", "docx", "-t", "markdown", "--wrap=none", str(path)],
                          check=True, capture_output=True, text=True, encoding="utf-8").stdout
