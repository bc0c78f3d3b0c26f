; Wine test stand-in ONLY (scripts/build_installer.sh --wine-stand-in; never shipped to a tablet).
;
; Under Wine the installer's payload is the Linux bundle, and Wine starts Linux programs as
; Unix processes but cannot report their exit code to the Windows program that started them.
; This small Windows program takes the place of ShelterKiosk-tools.exe: it starts
; ShelterKiosk-tools-unix.exe (which turns Windows paths into Unix ones and runs the real frozen
; Linux tool) with a status file, waits for the status file, and exits with the tool's exit
; code, so the installer's own logic (nsExec, exit codes) runs unchanged.
Unicode true
Target amd64-unicode
RequestExecutionLevel user
SilentInstall silent
OutFile "${OUTFILE}"
!include "FileFunc.nsh"

Section
  ${GetParameters} $0
  System::Call 'kernel32::GetTickCount()i .r3'
  StrCpy $1 "$TEMP\kiosk-tools-$3.status"
  Delete $1
  Exec '"$EXEDIR\ShelterKiosk-tools-unix.exe" "$1" $0'
  StrCpy $2 0
  wait:
    IfFileExists $1 done
    Sleep 100
    IntOp $2 $2 + 1
    IntCmp $2 3000 timeout wait timeout
  timeout:
    SetErrorLevel 99
    Quit
  done:
    FileOpen $4 $1 r
    FileRead $4 $5
    FileClose $4
    Delete $1
    IntOp $5 $5 + 0
    SetErrorLevel $5
SectionEnd
