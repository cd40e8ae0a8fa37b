; Inno Setup script for the Windows installer of the PyInstaller folder (dist\desk).
; Build on Windows: iscc packaging\windows\desk.iss
#define AppVersion "0.1.0"

[Setup]
AppId={{5E3C1C7A-6C1B-4D0E-9B7E-DE5C0DE5C0DE}
AppName=Desk
AppVersion={#AppVersion}
DefaultDirName={autopf}\Desk
DefaultGroupName=Desk
OutputBaseFilename=desk-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
PrivilegesRequiredOverridesAllowed=dialog

[Files]
Source: "..\..\dist\desk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion
; Branch IT drops the branch config next to the program (or sets DESK_CONFIG).
Source: "..\..\dist\branch.toml"; DestDir: "{app}"; Flags: onlyifdoesntexist skipifsourcedoesntexist

[Icons]
Name: "{group}\Desk"; Filename: "{app}\desk.exe"
Name: "{autodesktop}\Desk"; Filename: "{app}\desk.exe"

[Run]
Filename: "{app}\desk-cli.exe"; Parameters: "config check"; Flags: runhidden skipifsilent
