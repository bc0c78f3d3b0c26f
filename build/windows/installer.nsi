; The shelter kiosk's Windows installer (NSIS 3, 64-bit). Built by scripts/build_installer.sh:
;
;   makensis -DVERSION=X.Y.Z -DPAYLOAD=<bundle folder> -DOUTFILE=<setup.exe> installer.nsi
;   (optional) -DSIGN_COMMAND='<command>'  signs the uninstaller and the installer ("%1")
;
; Silent install (docs/deploy.md):
;   ShelterKiosk-setup-X.Y.Z.exe /S /KIOSKUSER=kiosk [/PROVISION=D:\tablet.toml]
;       [/SHELTER=13101-001] [/SHELTERNAME=...] [/API=https://...] [/TOKENFILE=D:\token.txt]
;       [/SETUPCODEOUT=D:\codes\tablet-017.txt] [/D=C:\Program Files\ShelterKiosk]
; Silent uninstall (keeps the data folder; /PURGE deletes it only when every record is
; acknowledged by the server, asked of ShelterKiosk-tools.exe uninstall-check):
;   "C:\Program Files\ShelterKiosk\Uninstall.exe" /S [/PURGE]
;
; Exit codes (besides NSIS's own 1 = cancelled, 2 = aborted):
;   3 = /KIOSKUSER missing, 4 = provisioning refused (files are installed, run it again),
;   5 = the data folder's permissions could not be set, 6 = the log-on task could not be made,
;   7 = uninstall: /PURGE refused, the data folder was kept.

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "-DVERSION=X.Y.Z is required (scripts/build_installer.sh reads pyproject.toml)"
!endif
!ifndef PAYLOAD
  !error "-DPAYLOAD=<the frozen bundle folder> is required"
!endif
!ifndef OUTFILE
  !define OUTFILE "ShelterKiosk-setup-${VERSION}.exe"
!endif
!ifdef SIGN_COMMAND
  !finalize '${SIGN_COMMAND} "%1"'
  !uninstfinalize '${SIGN_COMMAND} "%1"'
!endif

!define PRODUCT "ShelterKiosk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT}"
!define PRODUCT_KEY "Software\${PRODUCT}"
!define TASK_NAME "ShelterKiosk"
!define TOOLS "ShelterKiosk-tools.exe"

!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

Name "Shelter check-in kiosk ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
InstallDirRegKey HKLM "${PRODUCT_KEY}" "InstallDir"
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "FileDescription" "Shelter check-in kiosk installer"
VIAddVersionKey /LANG=0 "CompanyName" "Municipal shelter IT"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "see THIRD_PARTY_LICENSES"

Page directory
Page instfiles
UninstPage instfiles

Var DataDir
Var KioskUser
Var LogFile
Var LogPath
Var ExitCode

; A line in the log (steps and exit codes, never a provisioned value): $INSTDIR\install.log,
; or %TEMP%\ShelterKiosk-uninstall.log for the uninstaller.
!macro Log text
  FileOpen $LogFile "$LogPath" a
  FileSeek $LogFile 0 END
  FileWrite $LogFile "${text}$\r$\n"
  FileClose $LogFile
  DetailPrint "${text}"
!macroend

; The kiosk's data folder for every tool the installer runs (paths.data_dir() on Windows).
!macro SetKioskHome
  System::Call 'Kernel32::SetEnvironmentVariable(t "KIOSK_HOME", t "$DataDir")i'
!macroend

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "The kiosk needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  StrCpy $DataDir "$APPDATA\${PRODUCT}"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/KIOSKUSER=" $KioskUser
  ${If} ${Errors}
    ReadRegStr $KioskUser HKLM "${PRODUCT_KEY}" "KioskUser"
  ${EndIf}
  ${If} $KioskUser == ""
    MessageBox MB_ICONSTOP "Give the kiosk's Windows account: /KIOSKUSER=name (docs/deploy.md)." /SD IDOK
    SetErrorLevel 3
    Quit
  ${EndIf}
FunctionEnd

; Stop a running kiosk (upgrade, uninstall). Its records are committed one by one in SQLite,
; so ending it loses nothing; its data-folder lock goes with the process.
!macro StopKiosk
  nsExec::ExecToLog 'taskkill /F /IM ShelterKiosk.exe'
  Pop $0
!macroend

Section "Install"
  SetRegView 64
  SetShellVarContext all
  !insertmacro StopKiosk
  ; An upgrade replaces the program folder's files; the data folder is never touched here.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  StrCpy $LogPath "$INSTDIR\install.log"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  !insertmacro Log "installed ${PRODUCT} ${VERSION} into $INSTDIR"

  WriteRegStr HKLM "${PRODUCT_KEY}" "Version" "${VERSION}"
  WriteRegStr HKLM "${PRODUCT_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${PRODUCT_KEY}" "DataDir" "$DataDir"
  WriteRegStr HKLM "${PRODUCT_KEY}" "KioskUser" "$KioskUser"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "Shelter check-in kiosk"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Municipal shelter IT"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\ShelterKiosk.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0

  ; The data folder: the kiosk account (modify) and administrators (full) only; SYSTEM is the
  ; operating system itself. Inheritance from ProgramData (every user may read) is cut.
  CreateDirectory "$DataDir"
  nsExec::ExecToLog 'icacls "$DataDir" /inheritance:r /grant:r "*S-1-5-32-544:(OI)(CI)F" "*S-1-5-18:(OI)(CI)F" "$KioskUser:(OI)(CI)M"'
  Pop $0
  !insertmacro Log "icacls data folder for $KioskUser and Administrators: exit $0"
  ${If} $0 != 0
    SetErrorLevel 5
    Abort "the data folder's permissions could not be set (is $KioskUser a local account?)"
  ${EndIf}

  Call Provision
  Call CreateLogonTask
SectionEnd

; /PROVISION=file and/or /SHELTER= /SHELTERNAME= /API= /TOKENFILE= /SETUPCODEOUT=, handed to
; ShelterKiosk-tools.exe provision (kiosk/provisioning.py). Nothing given: nothing changes.
Function Provision
  ${GetParameters} $R0
  StrCpy $R1 ""
  ClearErrors
  ${GetOptions} $R0 "/PROVISION=" $R2
  ${IfNot} ${Errors}
    StrCpy $R1 '$R1 --file "$R2"'
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/SHELTER=" $R2
  ${IfNot} ${Errors}
    StrCpy $R1 '$R1 --shelter-id "$R2"'
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/SHELTERNAME=" $R2
  ${IfNot} ${Errors}
    StrCpy $R1 '$R1 --shelter-name "$R2"'
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/API=" $R2
  ${IfNot} ${Errors}
    StrCpy $R1 '$R1 --api-url "$R2"'
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/TOKENFILE=" $R2
  ${IfNot} ${Errors}
    StrCpy $R1 '$R1 --token-file "$R2"'
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/SETUPCODEOUT=" $R2
  ${IfNot} ${Errors}
    StrCpy $R1 '$R1 --setup-code-out "$R2"'
  ${EndIf}
  ${If} $R1 == ""
    !insertmacro Log "provisioning: nothing given, settings unchanged"
    Return
  ${EndIf}
  !insertmacro SetKioskHome
  nsExec::ExecToLog '"$INSTDIR\${TOOLS}" provision$R1'
  Pop $0
  !insertmacro Log "provisioning: exit $0"
  ${If} $0 != 0
    SetErrorLevel 4
    Abort "provisioning was refused (see the details); the kiosk is installed, run it again"
  ${EndIf}
FunctionEnd

; Start at log-on of the kiosk account: a scheduled task (see docs/deploy.md for why not a
; Run key), restarted if it ends unexpectedly, no time limit, on battery too.
Function CreateLogonTask
  ; Kept beside the program: what was registered (IT can compare with schtasks /Query /XML).
  StrCpy $R3 "$INSTDIR\ShelterKiosk-task.xml"
  FileOpen $R4 $R3 w
  FileWriteWord $R4 0xFEFF
  FileWriteUTF16LE $R4 '<?xml version="1.0" encoding="UTF-16"?>$\r$\n'
  FileWriteUTF16LE $R4 '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">$\r$\n'
  FileWriteUTF16LE $R4 '  <RegistrationInfo><Description>Shelter check-in kiosk ${VERSION}</Description></RegistrationInfo>$\r$\n'
  FileWriteUTF16LE $R4 '  <Triggers><LogonTrigger><Enabled>true</Enabled><UserId>$KioskUser</UserId></LogonTrigger></Triggers>$\r$\n'
  FileWriteUTF16LE $R4 '  <Principals><Principal><UserId>$KioskUser</UserId><LogonType>InteractiveToken</LogonType><RunLevel>LeastPrivilege</RunLevel></Principal></Principals>$\r$\n'
  FileWriteUTF16LE $R4 '  <Settings><MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy><DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries><StopIfGoingOnBatteries>false</StopIfGoingOnBatteries><ExecutionTimeLimit>PT0S</ExecutionTimeLimit><RestartOnFailure><Interval>PT1M</Interval><Count>999</Count></RestartOnFailure><Priority>5</Priority></Settings>$\r$\n'
  FileWriteUTF16LE $R4 '  <Actions><Exec><Command>"$INSTDIR\ShelterKiosk.exe"</Command><WorkingDirectory>$INSTDIR</WorkingDirectory></Exec></Actions>$\r$\n'
  FileWriteUTF16LE $R4 '</Task>$\r$\n'
  FileClose $R4
  nsExec::ExecToLog 'schtasks /Create /TN "${TASK_NAME}" /XML "$R3" /F'
  Pop $0
  !insertmacro Log "log-on task ${TASK_NAME} for $KioskUser: exit $0"
  ${If} $0 != 0
    SetErrorLevel 6
    Abort "the log-on task could not be made"
  ${EndIf}
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
  StrCpy $LogPath "$TEMP\ShelterKiosk-uninstall.log"
  ReadRegStr $DataDir HKLM "${PRODUCT_KEY}" "DataDir"
  ${If} $DataDir == ""
    StrCpy $DataDir "$APPDATA\${PRODUCT}"
  ${EndIf}
FunctionEnd

Section "Uninstall"
  StrCpy $ExitCode 0
  !insertmacro StopKiosk
  ; The data folder (records, settings, key, staff accounts) stays unless IT asks for /PURGE
  ; and the kiosk's own tool says every record is acknowledged by the server.
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PURGE" $R1
  ${IfNot} ${Errors}
    !insertmacro SetKioskHome
    nsExec::ExecToLog '"$INSTDIR\${TOOLS}" uninstall-check'
    Pop $0
    ${If} $0 == 0
      RMDir /r "$DataDir"
      !insertmacro Log "uninstall: every record acknowledged, data folder deleted"
    ${Else}
      !insertmacro Log "uninstall: /PURGE refused (unsent records or unreadable database: exit $0), data folder kept"
      StrCpy $ExitCode 7
    ${EndIf}
  ${Else}
    !insertmacro Log "uninstall: data folder kept ($DataDir)"
  ${EndIf}
  nsExec::ExecToLog 'schtasks /Delete /TN "${TASK_NAME}" /F'
  Pop $0
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "${PRODUCT_KEY}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\ShelterKiosk.exe"
  Delete "$INSTDIR\${TOOLS}"
  Delete "$INSTDIR\install.log"
  Delete "$INSTDIR\ShelterKiosk-task.xml"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  !insertmacro Log "uninstall: exit code $ExitCode"
  SetErrorLevel $ExitCode
SectionEnd
