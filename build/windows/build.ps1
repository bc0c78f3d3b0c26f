# Builds the Windows kiosk folder (dist\ShelterKiosk) on a Windows build PC, smoke-tests it and,
# when makensis is there, the installer (dist\ShelterKiosk-setup-X.Y.Z.exe).
#
#   powershell -ExecutionPolicy Bypass -File build\windows\build.ps1 [-Python "py -3.11"] [-NoInstaller]
#
# Needs Python 3.11 (x64) (`py -3.11`, or -Python C:\path\python.exe). Creates .venv-win,
# installs the project with its build extra, compiles the translations (pyside6-lrelease.exe),
# runs PyInstaller with kiosk.spec and then the frozen app's own self-test. Fonts: set
# KIOSK_FONTS_DIR to a folder with NotoSansCJK-Regular.ttc, NotoSansCJK-Bold.ttc,
# NotoSans-Regular.ttf, NotoSans-Bold.ttf and OFL.txt (the CI workflow downloads them).
# Every native command's exit code is checked: the script stops at the first failed step.
param(
    [string]$Python = "",
    [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function Invoke-Step {
    param([string]$What, [scriptblock]$Command)
    Write-Host "== $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

$repo = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $repo

if (-not (Test-Path ".venv-win\Scripts\python.exe")) {
    if ($Python) {
        Invoke-Step "venv" { & $Python -m venv .venv-win }
    } else {
        Invoke-Step "venv" { py -3.11 -m venv .venv-win }
    }
}
$py = Join-Path $repo ".venv-win\Scripts\python.exe"
Invoke-Step "pip upgrade" { & $py -m pip install --upgrade pip }
Invoke-Step "install project" { & $py -m pip install -e ".[build]" }
# face_recognition names the source-only dlib; dlib-bin (a dependency) provides it prebuilt.
Invoke-Step "install face_recognition" { & $py -m pip install --no-deps "face-recognition==1.3.0" }

# pyside6-lrelease.exe: in the venv's Scripts, else lrelease.exe inside site-packages\PySide6.
$scripts = Join-Path $repo ".venv-win\Scripts"
$pyside = (& $py -c "import PySide6, os; print(os.path.dirname(PySide6.__file__))").Trim()
if ($LASTEXITCODE -ne 0) { throw "PySide6 is not importable" }
$lrelease = @(
    (Join-Path $scripts "pyside6-lrelease.exe"),
    (Join-Path $pyside "lrelease.exe")
) | Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $lrelease) { throw "pyside6-lrelease.exe not found in $scripts or $pyside" }
Write-Host "lrelease: $lrelease"
$env:PATH = "$scripts;$pyside;$env:PATH"
Invoke-Step "translations" { & $py scripts\build_translations.py }

Invoke-Step "PyInstaller" {
    & $py -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller kiosk.spec
}

# Smoke test of the frozen app: every subsystem, JSON on stdout, exit code 0 when healthy. On a
# build PC without a card reader "waiting_for_pcsc_service" is a state, not a failure.
$env:KIOSK_HOME = Join-Path $env:TEMP ("kiosk-smoke-" + [guid]::NewGuid())
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Step "frozen self-test" { & dist\ShelterKiosk\ShelterKiosk-tools.exe --self-test }
Invoke-Step "frozen tools" { & dist\ShelterKiosk\ShelterKiosk-tools.exe uninstall-check }
Remove-Item Env:KIOSK_HOME

if (-not $NoInstaller) {
    $makensis = ""
    $found = Get-Command makensis.exe -ErrorAction SilentlyContinue
    if ($found) { $makensis = $found.Source }
    $default = Join-Path ${env:ProgramFiles(x86)} "NSIS\makensis.exe"
    if (-not $makensis -and (Test-Path $default)) { $makensis = $default }
    if (-not $makensis) { throw "makensis.exe not found (choco install nsis), or pass -NoInstaller" }
    $version = (& $py -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])").Trim()
    if ($LASTEXITCODE -ne 0) { throw "version not readable from pyproject.toml" }
    $out = Join-Path $repo "dist\ShelterKiosk-setup-$version.exe"
    $payload = Join-Path $repo "dist\ShelterKiosk"
    $nsisArgs = @("/V2", "/INPUTCHARSET", "UTF8", "/DVERSION=$version", "/DPAYLOAD=$payload", "/DOUTFILE=$out")
    if ($env:KIOSK_SIGN_COMMAND) {
        # The signing hook: the executables now, the uninstaller and installer via !finalize.
        foreach ($exe in @("ShelterKiosk.exe", "ShelterKiosk-tools.exe")) {
            Invoke-Step "sign $exe" { cmd /c "$env:KIOSK_SIGN_COMMAND `"$payload\$exe`"" }
        }
        $nsisArgs += "/DSIGN_COMMAND=$env:KIOSK_SIGN_COMMAND"
    } else {
        Write-Host "KIOSK_SIGN_COMMAND unset: not signed"
    }
    Invoke-Step "makensis" { & $makensis @nsisArgs build\windows\installer.nsi }
    Write-Host "built: $out"
}
Write-Host "built: dist\ShelterKiosk (ShelterKiosk.exe for the tablets; ShelterKiosk-tools.exe for IT)"
