"""File exports for when the network never comes back: the USB batch for the management
system and PFIF 1.4 safety information, both encrypted with a staff passphrase
(docs/export.md)."""

from kiosk.export.batch import BatchExportResult, export_batch, read_batch
from kiosk.export.envelope import (
    DEFAULT_KDF,
    ContentType,
    ExportDecryptError,
    ExportError,
    ExportFormatError,
    KdfParams,
    WeakPassphraseError,
    decrypt,
    encrypt,
)
from kiosk.export.files import ExportTargetFullError, ExportWriteError, write_export_file
from kiosk.export.pfif import (
    PFIF_NS,
    PfifExportResult,
    PfifOptions,
    PlaintextRefusedError,
    build_pfif,
    export_pfif,
)

__all__ = [
    "DEFAULT_KDF",
    "PFIF_NS",
    "BatchExportResult",
    "ContentType",
    "ExportDecryptError",
    "ExportError",
    "ExportFormatError",
    "ExportTargetFullError",
    "ExportWriteError",
    "KdfParams",
    "PfifExportResult",
    "PfifOptions",
    "PlaintextRefusedError",
    "WeakPassphraseError",
    "build_pfif",
    "decrypt",
    "encrypt",
    "export_batch",
    "export_pfif",
    "read_batch",
    "write_export_file",
]
