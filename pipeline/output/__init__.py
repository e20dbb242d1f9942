"""The run's outputs: the exported tables in every format (:mod:`.tables`), their CSV (:mod:`.csv`),
package descriptor (:mod:`.datapackage`) and workbook (:mod:`.workbook`, written by :mod:`.xlsx`),
and the stamp that tells an unchanged re-run (:mod:`.stamp`). Nothing is imported here: the
workbook's writer starts before the run has imported pandas (:mod:`.xlsx`)."""
