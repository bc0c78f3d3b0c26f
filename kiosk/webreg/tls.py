"""TLS for the phone page: a self-signed certificate made for each opening, or IT's own.

docs/webreg.md explains the trade-off: personal data never crosses the shelter's Wi-Fi in
clear text; the price of a self-signed certificate is a browser warning on the phone, which
staff can answer by comparing the fingerprint the kiosk shows them.
"""

from __future__ import annotations

import ipaddress
import ssl
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

#: How long a generated certificate is valid (a new one is made at every opening anyway).
CERT_VALID_DAYS = 30


@dataclass(frozen=True)
class Certificate:
    cert_pem: bytes
    key_pem: bytes = b""

    def __repr__(self) -> str:
        return f"Certificate(fingerprint={self.fingerprint})"

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the certificate, ``AB:CD:...`` (what a browser's certificate view shows)."""
        cert = x509.load_pem_x509_certificate(self.cert_pem)
        digest = cert.fingerprint(hashes.SHA256()).hex().upper()
        return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def self_signed(hosts: list[str], now: datetime | None = None) -> Certificate:
    """A new ECDSA P-256 key and a certificate for ``hosts`` (IP addresses and names)."""
    now = now or datetime.now(UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    alt_names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            alt_names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            alt_names.append(x509.DNSName(host))
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "shelter kiosk registration")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=CERT_VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    return Certificate(
        cert.public_bytes(serialization.Encoding.PEM),
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )


def from_files(cert_file: Path, key_file: Path) -> Certificate:
    """A certificate IT provisioned (PEM files)."""
    return Certificate(cert_file.read_bytes(), key_file.read_bytes())


def server_context(certificate: Certificate) -> ssl.SSLContext:
    """A TLS 1.2+ server context. The key passes through a private temporary folder only
    for as long as ``load_cert_chain`` reads it (the ssl module reads files only)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    with tempfile.TemporaryDirectory(prefix="webreg-") as folder:
        cert_path = Path(folder) / "cert.pem"
        key_path = Path(folder) / "key.pem"
        cert_path.write_bytes(certificate.cert_pem)
        key_path.touch(mode=0o600)
        key_path.write_bytes(certificate.key_pem)
        context.load_cert_chain(cert_path, key_path)
    return context
