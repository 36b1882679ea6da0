"""The window's translations: `unknot_<lang>.ts` (the texts, edited by people or
Qt Linguist) and `unknot_<lang>.qm` (compiled, loaded at run time). See README.md."""
