# Builds the Windows kiosk folder (dist\ShelterKiosk) on a Windows build PC and smoke-tests it.
#
#   powershell -ExecutionPolicy Bypass -File build\windows\build.ps1
#
# Needs Python 3.11 (x64) on PATH as `py -3.11`. Creates .venv-win, installs the project with
# its build extra, compiles the translations, runs PyInstaller with kiosk.spec and then the
# frozen app's own self-test (demo mode, so no card reader or server is needed on the build PC).
# The result is the folder IT copies to every tablet (or wraps in their installer).
$ErrorActionPreference = "Stop"
$repo = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $repo

if (-not (Test-Path ".venv-win\Scripts\python.exe")) {
    py -3.11 -m venv .venv-win
}
$py = Join-Path $repo ".venv-win\Scripts\python.exe"
& $py -m pip install --upgrade pip
& $py -m pip install -e ".[build]"
# face_recognition names the source-only dlib; dlib-bin (a dependency) provides it prebuilt.
& $py -m pip install --no-deps "face-recognition==1.3.0"
& $py scripts\build_translations.py
if ($LASTEXITCODE -ne 0) { throw "translations failed" }

& $py -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller kiosk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# Smoke test of the frozen app: every subsystem, JSON on stdout, exit code 0 when healthy.
$env:KIOSK_HOME = Join-Path $env:TEMP ("kiosk-smoke-" + [guid]::NewGuid())
& dist\ShelterKiosk\ShelterKiosk-debug.exe --self-test --demo
if ($LASTEXITCODE -ne 0) { throw "frozen self-test failed" }
Write-Host "built: dist\ShelterKiosk (run ShelterKiosk.exe; ShelterKiosk-debug.exe for IT)"
