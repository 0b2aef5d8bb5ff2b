"""Putting the parsed blocks back together, to check that nothing was lost."""

from __future__ import annotations

from references.text.structure import ParsedBlock, ParsedDocument


def reconstruct_source(doc: ParsedDocument) -> str:
    """The blocks in order, each caption above its table and each page number
    back where it stood. Equals the source up to whitespace."""
    return "\n\n".join(_block_source(block) for block in doc.blocks)


def _block_source(block: ParsedBlock) -> str:
    text = block.text
    # From the end, so earlier offsets stay valid; labels sharing an offset keep their order.
    for page_break in reversed(sorted(block.page_breaks, key=lambda p: p.offset)):
        text = f"{text[: page_break.offset]}\n\n{page_break.label}\n\n{text[page_break.offset :]}"
    return f"{block.caption}\n{text}" if block.caption is not None else text
