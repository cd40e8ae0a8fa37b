# Build the Windows installer of Desk: bundle, version resource, Inno Setup, signature.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-Python py] [-Iscc path]
# The version is pyproject.toml's (packaging\windows\version_info.py); there is no default.
# Signing: set DESK_SIGN_CMD to an Inno Setup Sign Tool command ($f = the file, $q = a quote):
#   $env:DESK_SIGN_CMD = 'signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /n $qBranch IT$q $f'
# Inno Setup then signs desk.exe, desk-cli.exe, the setup program and its uninstaller, and this
# script checks the signature. Without it the build ends with a loud UNSIGNED warning, and
# with DESK_REQUIRE_SIGNED=1 (a release pipeline) it fails instead.
param(
    [string]$Python = ".venv\Scripts\python.exe",
    [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
)
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

function Run([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "build.ps1: $What failed (exit $LASTEXITCODE)" }
}

$version = (& $Python packaging\windows\version_info.py --print)
if ($LASTEXITCODE -ne 0 -or -not $version) {
    throw "build.ps1: no version from pyproject.toml (packaging\windows\version_info.py said why above)"
}
$version = $version.Trim()
Write-Host "Desk $version (pyproject.toml)"

Run "pip install" { & $Python -m pip install -q ".[bundle]" }
Run "PyInstaller" { & $Python -m PyInstaller --noconfirm --clean --log-level ERROR `
        --distpath dist --workpath build\pyinstaller packaging\desk.spec }
Run "the bundle's self-test" { & dist\desk\desk-cli.exe --self-test }
$resource = (Get-Item dist\desk\desk.exe).VersionInfo.ProductVersion
if ($resource -ne $version) {
    throw "build.ps1: dist\desk\desk.exe carries version '$resource', not $version"
}

$isccArgs = @("/DAppVersion=$version")
$signing = [bool]$env:DESK_SIGN_CMD
if ($signing) {
    $isccArgs += @("/DSign", "/Sdesksign=$($env:DESK_SIGN_CMD)")
}
Run "Inno Setup" { & $Iscc @isccArgs packaging\windows\desk.iss }
$setup = "dist\desk-setup-$version.exe"

$signature = Get-AuthenticodeSignature $setup
if ($signing) {
    foreach ($file in @($setup, "dist\desk\desk.exe", "dist\desk\desk-cli.exe")) {
        $status = (Get-AuthenticodeSignature $file).Status
        if ($status -ne "Valid") { throw "build.ps1: $file is not validly signed ($status)" }
    }
    Write-Host "Signed: $setup ($($signature.SignerCertificate.Subject))"
} else {
    $banner = "*" * 72
    Write-Warning $banner
    Write-Warning "UNSIGNED INSTALLER: $setup"
    Write-Warning "No DESK_SIGN_CMD was given: Windows SmartScreen will warn every branch."
    Write-Warning "Fine for a test machine; NOT for distribution."
    Write-Warning $banner
    if ($env:DESK_REQUIRE_SIGNED -eq "1") {
        throw "build.ps1: DESK_REQUIRE_SIGNED=1 and the installer is unsigned"
    }
}
Write-Host "built $setup"
