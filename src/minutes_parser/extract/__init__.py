"""The extractors: one module or package per kind of record, each reading a `Context`.

`context` is what every extractor reads (the source text, the settings, the
structure and what earlier steps found); then, in the order the pipeline runs
them: `fields` (kind, title, body), `dates` (and the meeting date), `items`
(recommendations and resolutions), `motions`, `people` (people and roles).
Extractors read the structure layer, `sources` and the foundation; they know
nothing of the comparison, the pipeline, serialisation, the scan or the CLI.
"""
