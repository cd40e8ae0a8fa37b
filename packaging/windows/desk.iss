; Inno Setup 6 script: the Windows installer of the PyInstaller folder (dist\desk).
;
; Build (on Windows): packaging\windows\build.ps1 -- it builds the bundle, reads the version
; from pyproject.toml, passes it here and signs when given a signing command:
;   $env:DESK_SIGN_CMD = 'signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /n $qBranch IT$q $f'
;   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1   -> dist\desk-setup-<version>.exe
; By hand: iscc /DAppVersion=<pyproject's version> [/DSign "/Sdesksign=<command>"] desk.iss
;
; What it does (docs/deployment.md has the whole story):
;   - installs for every user of the machine (administrator rights), in Program Files\Desk;
;   - puts the branch config in the machine-wide config dir, C:\ProgramData\desk\branch.toml,
;     which Desk reads after --config, DESK_CONFIG and branch.toml next to the program;
;     the config comes from /CONFIG=path, else branch.toml beside the setup program;
;   - registers Desk for tel: links (Default apps lists it; it becomes the handler where
;     no other program is);
;   - checks the config after installing and SHOWS the result: a mistake is a message box
;     with the file, line and key (also in the setup log and in
;     C:\ProgramData\desk\config-check.txt for deployment tools);
;   - uninstalling removes the program only: every user's call log (%LOCALAPPDATA%\desk),
;     the logs and the branch config stay;
;   - speaks English or Finnish (Windows' display language picks; Inno Setup has no official
;     Filipino, Hindi or Esperanto translation: those machines get English).
;
; Silent install (software distribution, Intune, GPO), every switch is Inno Setup's own
; except /CONFIG:
;   desk-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="C:\Windows\Temp\desk-setup.log" /CONFIG="\\server\it\desk\espoo.toml"
;   /SILENT shows progress only; /DIR="D:\Apps\Desk" changes the folder; /TASKS="desktopicon"
;   adds the desktop icon; /LANG=finnish picks the language. Silent uninstall:
;   "C:\Program Files\Desk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

; No default version: an installer numbered by accident is worse than no installer.
#ifndef AppVersion
  #error AppVersion is not set: build with packaging\windows\build.ps1 (it reads pyproject.toml) or iscc /DAppVersion=<pyproject's version>
#endif
; The bundle must be the release being packaged: desk.spec writes pyproject's version into
; desk.exe's version resource; a stale or foreign dist\desk stops the build here.
#define BundleVersion GetStringFileInfo(SourcePath + "..\..\dist\desk\desk.exe", "ProductVersion")
#if BundleVersion != AppVersion
  #error dist\desk\desk.exe is not the version given as AppVersion (a stale bundle, or built without its version resource): rebuild it with build.ps1
#endif
; Signing: build.ps1 defines Sign and the Sign Tool "desksign" (/Sdesksign=%DESK_SIGN_CMD%)
; when DESK_SIGN_CMD is set. Inno Setup then signs desk.exe and desk-cli.exe before storing
; them, the setup program and its uninstaller.
#ifdef Sign
  #define SignFlag " sign"
#else
  #define SignFlag ""
  #pragma warning "UNSIGNED BUILD: no Sign Tool (DESK_SIGN_CMD): not for distribution"
#endif

[Setup]
AppId={{5E3C1C7A-6C1B-4D0E-9B7E-DE5C0DE5C0DE}
AppName=Desk
AppVersion={#AppVersion}
AppPublisher=Desk
DefaultDirName={autopf}\Desk
DefaultGroupName=Desk
DisableProgramGroupPage=yes
; Per machine: Program Files, HKLM, C:\ProgramData.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=desk-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
SetupLogging=yes
ChangesAssociations=yes
; A running console holds its files open: close it for the upgrade, start it again after.
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\desk.exe
WizardStyle=modern
; The installer's language follows Windows' display language; asked only if none matches.
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
#ifdef Sign
SignTool=desksign
SignedUninstaller=yes
#endif

[Languages]
; Desk's languages that Inno Setup ships a translation for (en, fi); tl, hi, eo: English.
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"

[CustomMessages]
english.DeskComment=Front-desk console: calls, callbacks, security alarm
finnish.DeskComment=Asiakaspalvelun konsoli: puhelut, takaisinsoitot, turvahälytys
english.ConfigCheckNotRun=Desk was installed, but its config check could not run.
finnish.ConfigCheckNotRun=Desk asennettiin, mutta sen asetusten tarkistusta ei voitu suorittaa.
english.ConfigMistake=The branch config has a mistake; Desk will refuse to start until it is fixed:
finnish.ConfigMistake=Toimipisteen asetuksissa on virhe; Desk ei käynnisty ennen kuin se on korjattu:
english.ConfigWarnings=Desk is installed. The config check has warnings:
finnish.ConfigWarnings=Desk on asennettu. Asetusten tarkistus antoi varoituksia:

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Dirs]
; Machine-wide config: readable by all users, writable by administrators (inherited ACL).
Name: "{commonappdata}\desk"; Flags: uninsneveruninstall

[Files]
; The two programs on their own lines: signed when the build signs (SignFlag).
Source: "..\..\dist\desk\desk.exe"; DestDir: "{app}"; Flags: ignoreversion{#SignFlag}
Source: "..\..\dist\desk\desk-cli.exe"; DestDir: "{app}"; Flags: ignoreversion{#SignFlag}
Source: "..\..\dist\desk\*"; Excludes: "\desk.exe,\desk-cli.exe"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion
; The branch config: /CONFIG=path or branch.toml beside the setup program. Kept on
; uninstall; replaced on reinstall only when a config is given.
Source: "{code:ConfigSource}"; DestDir: "{commonappdata}\desk"; DestName: "branch.toml"; \
  Flags: external ignoreversion uninsneveruninstall; Check: HasConfig

[Icons]
Name: "{autoprograms}\Desk"; Filename: "{app}\desk.exe"; Comment: "{cm:DeskComment}"
Name: "{autodesktop}\Desk"; Filename: "{app}\desk.exe"; Comment: "{cm:DeskComment}"; Tasks: desktopicon

[Registry]
; tel: links -> Desk. A ProgID and the Capabilities Windows' Default apps lists ...
Root: HKLM; Subkey: "Software\Classes\Desk.tel"; ValueType: string; ValueData: "URL:Telephone call (Desk)"; Flags: uninsdeletekey
Root: HKLM; Subkey: "Software\Classes\Desk.tel"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKLM; Subkey: "Software\Classes\Desk.tel\DefaultIcon"; ValueType: string; ValueData: "{app}\desk.exe,0"
Root: HKLM; Subkey: "Software\Classes\Desk.tel\shell\open\command"; ValueType: string; ValueData: """{app}\desk.exe"" ""%1"""
Root: HKLM; Subkey: "Software\Desk\Capabilities"; ValueType: string; ValueName: "ApplicationName"; ValueData: "Desk"; Flags: uninsdeletekey
Root: HKLM; Subkey: "Software\Desk\Capabilities"; ValueType: string; ValueName: "ApplicationDescription"; ValueData: "Front-desk console: a tel: link starts the call with the caller's history"
Root: HKLM; Subkey: "Software\Desk\Capabilities\URLAssociations"; ValueType: string; ValueName: "tel"; ValueData: "Desk.tel"
Root: HKLM; Subkey: "Software\RegisteredApplications"; ValueType: string; ValueName: "Desk"; ValueData: "Software\Desk\Capabilities"; Flags: uninsdeletevalue
; ... and the plain tel class where no other program has claimed it yet.
Root: HKLM; Subkey: "Software\Classes\tel"; ValueType: string; ValueData: "URL:Telephone call"; Flags: createvalueifdoesntexist
Root: HKLM; Subkey: "Software\Classes\tel"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Flags: createvalueifdoesntexist
Root: HKLM; Subkey: "Software\Classes\tel\shell\open\command"; ValueType: string; ValueData: """{app}\desk.exe"" ""%1"""; Flags: createvalueifdoesntexist

[Run]
Filename: "{app}\desk.exe"; Description: "{cm:LaunchProgram,Desk}"; Flags: nowait postinstall skipifsilent

[Code]
function ConfigSource(Param: String): String;
begin
  Result := ExpandConstant('{param:CONFIG|}');
  if Result = '' then
    Result := ExpandConstant('{src}\branch.toml');
end;

function HasConfig(): Boolean;
begin
  Result := FileExists(ConfigSource(''));
  if not Result then
    Log('No branch config given (/CONFIG= or branch.toml beside the setup program); ' +
        'an existing C:\ProgramData\desk\branch.toml is kept.');
end;

{ Check the config Desk will read, show the result, keep it for deployment tools. }
procedure CheckConfig();
var
  Report, Cli, Output: String;
  Code: Integer;
  Text: AnsiString;
begin
  Cli := ExpandConstant('{app}\desk-cli.exe');
  Report := ExpandConstant('{commonappdata}\desk\config-check.txt');
  if not Exec(ExpandConstant('{cmd}'), '/C ""' + Cli + '" config check > "' + Report +
              '" 2>&1"', '', SW_HIDE, ewWaitUntilTerminated, Code) then
  begin
    SuppressibleMsgBox(CustomMessage('ConfigCheckNotRun'), mbError, MB_OK, IDOK);
    Exit;
  end;
  Output := '';
  if LoadStringFromFile(Report, Text) then
    Output := String(Text);
  Log('desk-cli config check exited ' + IntToStr(Code) + ':' + #13#10 + Output);
  { 0: fine; 1: works with warnings (e.g. no alarm channel); 2: the config has a mistake. }
  if Code = 2 then
    SuppressibleMsgBox(CustomMessage('ConfigMistake') + #13#10#13#10 + Output,
                       mbCriticalError, MB_OK, IDOK)
  else if Code = 1 then
    SuppressibleMsgBox(CustomMessage('ConfigWarnings') + #13#10#13#10 + Output,
                       mbInformation, MB_OK, IDOK);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    CheckConfig();
end;
