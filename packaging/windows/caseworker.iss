; Inno Setup recipe for Caseworker on Windows (not built here: see packaging/README.md).
;
; Build the bundle on a Windows machine first, then the installer:
;     powershell -File packaging\windows\build.ps1
; which runs PyInstaller and then
;     iscc /DAppVersion=<version from pyproject.toml> packaging\windows\caseworker.iss
; The version is passed in, never written here: pyproject.toml is its only source.
;
; Councils deploy silently, per machine, through Intune or Configuration Manager:
;     caseworker-<version>-setup.exe /VERYSILENT /ALLUSERS /NORESTART
; or per user without administrator rights: /VERYSILENT /CURRENTUSER

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z caseworker.iss
#endif

[Setup]
; The AppId identifies the installation for upgrades: never change it.
AppId={{5B0E3F7C-1E39-4C8B-9C55-2F4B8C1A9E61}
AppName=Caseworker
AppVersion={#AppVersion}
AppVerName=Caseworker {#AppVersion}
AppPublisher=Caseworker
DefaultDirName={autopf}\Caseworker
DefaultGroupName=Caseworker
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=caseworker-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\caseworker.ico
UninstallDisplayIcon={app}\Caseworker.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade replaces the whole folder, so no library from an older version is left behind.
CloseApplications=yes

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\caseworker\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Caseworker"; Filename: "{app}\Caseworker.exe"; Comment: "A joined-up view of what partner agencies share"
Name: "{autodesktop}\Caseworker"; Filename: "{app}\Caseworker.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\Caseworker.exe"; Description: "{cm:LaunchProgram,Caseworker}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes the program only. Each user's encrypted store
; (%LOCALAPPDATA%\Caseworker) and its key in Windows Credential Manager stay, so that a
; reinstall finds them; the README says how to remove them for good.
