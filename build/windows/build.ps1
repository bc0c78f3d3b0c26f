# Builds the Windows kiosk folder (dist\ShelterKiosk) on a Windows build PC, smoke-tests it and,
# when makensis is there, the installer (dist\ShelterKiosk-setup-X.Y.Z.exe).
#
#   powershell -ExecutionPolicy Bypass -File build\windows\build.ps1 [-Python "py -3.11"]
#       [-Build default|camera|face] [-NoInstaller]
#
# Needs Python 3.11 (x64) (`py -3.11`, or -Python C:\path\python.exe). Creates .venv-win,
# installs the project with its build and camera extras, compiles the translations
# (pyside6-lrelease.exe), runs PyInstaller with kiosk.spec and then the frozen app's own
# self-test. -Build picks what the bundle carries (docs/deploy.md, "Which build"): default (no
# camera), camera (the card-face OCR), face (OCR and face match); build/bundle_rules.py.
# Fonts: set KIOSK_FONTS_DIR to a folder with NotoSansCJK-Regular.ttc, NotoSansCJK-Bold.ttc,
# NotoSans-Regular.ttf, NotoSans-Bold.ttf and OFL.txt (the CI workflow downloads them).
# Runs in Windows PowerShell 5.1 and PowerShell 7. Every native command's exit code is
# checked: the script stops at the first failed step (exit code 1).
param(
    [string]$Python = "py -3.11",
    [ValidateSet("default", "camera", "face")]
    [string]$Build = "default",
    [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

# A native command's exit code decides, not its standard error: pip and PyInstaller log to
# stderr, which Windows PowerShell 5.1 turns into terminating errors under "Stop" when output
# is redirected (CI), and PowerShell 7.3+ can too ($PSNativeCommandUseErrorActionPreference).
function Invoke-Step {
    param([string]$What, [scriptblock]$Command)
    Write-Host "== $What"
    $global:LASTEXITCODE = 0
    $saved = $ErrorActionPreference
    $ErrorActionPreference = "Continue"
    $PSNativeCommandUseErrorActionPreference = $false
    try {
        & $Command 2>&1 | ForEach-Object { "$_" } | Out-Host
        $code = $global:LASTEXITCODE
    } finally {
        $ErrorActionPreference = $saved
    }
    if ($code -ne 0) { throw "$What failed (exit $code)" }
}

# The value of a Python one-liner (stdout, trimmed); throws when Python fails.
function Get-PythonValue {
    param([string]$Code)
    $global:LASTEXITCODE = 0
    $value = & $py -c $Code
    if ($LASTEXITCODE -ne 0 -or $null -eq $value) { throw "python -c failed: $Code" }
    return "$value".Trim()
}

$repo = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $repo

if (-not (Test-Path ".venv-win\Scripts\python.exe")) {
    # -Python may be a command with arguments ("py -3.11"): the call operator needs them apart.
    $launcher = @($Python -split "\s+" | Where-Object { $_ })
    $launcherArgs = @($launcher | Select-Object -Skip 1)
    Invoke-Step "venv" { & $launcher[0] @launcherArgs -m venv .venv-win }
}
$py = Join-Path $repo ".venv-win\Scripts\python.exe"
Invoke-Step "pip upgrade" { & $py -m pip install --upgrade pip }
Invoke-Step "install project" { & $py -m pip install -e ".[build,camera]" }
# The card-face OCR (pyproject's camera extra says why --no-deps). The face match calls dlib
# (dlib-bin, a dependency) directly: face_recognition is not needed to build.
Invoke-Step "install RapidOCR" { & $py -m pip install --no-deps "rapidocr-onnxruntime==1.4.4" }

# pyside6-lrelease.exe: in the venv's Scripts, else lrelease.exe inside site-packages\PySide6.
$scripts = Join-Path $repo ".venv-win\Scripts"
$pyside = Get-PythonValue "import PySide6, os; print(os.path.dirname(PySide6.__file__))"
$lrelease = @(
    (Join-Path $scripts "pyside6-lrelease.exe"),
    (Join-Path $pyside "lrelease.exe")
) | Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $lrelease) { throw "pyside6-lrelease.exe not found in $scripts or $pyside" }
Write-Host "lrelease: $lrelease"
$env:PATH = "$scripts;$pyside;$env:PATH"
Invoke-Step "translations" { & $py scripts\build_translations.py }

$env:KIOSK_BUILD_CAMERA = if ($Build -ne "default") { "1" } else { "0" }
$env:KIOSK_BUILD_FACE = if ($Build -eq "face") { "1" } else { "0" }
Invoke-Step "PyInstaller ($Build build)" {
    & $py -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller kiosk.spec
}
$tools = Join-Path $repo "dist\ShelterKiosk\ShelterKiosk-tools.exe"
if (-not (Test-Path $tools)) { throw "PyInstaller made no $tools" }

# Smoke test of the frozen app: every subsystem, JSON on stdout, exit code 0 when healthy. On a
# build PC without a card reader "waiting_for_pcsc_service" is a state, not a failure.
$env:KIOSK_HOME = Join-Path $env:TEMP ("kiosk-smoke-" + [guid]::NewGuid())
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Step "frozen self-test" { & $tools --self-test }
Invoke-Step "frozen tools" { & $tools uninstall-check }
Remove-Item Env:KIOSK_HOME

if (-not $NoInstaller) {
    $makensis = ""
    $found = Get-Command makensis.exe -ErrorAction SilentlyContinue
    if ($found) { $makensis = $found.Source }
    $default = Join-Path ${env:ProgramFiles(x86)} "NSIS\makensis.exe"
    if (-not $makensis -and (Test-Path $default)) { $makensis = $default }
    if (-not $makensis) { throw "makensis.exe not found (choco install nsis), or pass -NoInstaller" }
    $version = Get-PythonValue "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
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
    Invoke-Step "makensis" { & $makensis @nsisArgs (Join-Path $repo "build\windows\installer.nsi") }
    if (-not (Test-Path $out)) { throw "makensis made no $out" }
    $megabytes = [math]::Round((Get-Item $out).Length / 1000000, 1)
    Write-Host "built: $out ($megabytes MB)"
}
Write-Host "built: dist\ShelterKiosk (ShelterKiosk.exe for the tablets; ShelterKiosk-tools.exe for IT)"
