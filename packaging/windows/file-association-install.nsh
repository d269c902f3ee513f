  WriteRegStr HKCR ".grapevine" "" "Grapevine.Database"
  WriteRegStr HKCR ".sqlite\OpenWithProgids" "Grapevine.Database" ""
  WriteRegStr HKCR "Grapevine.Database" "" "Grapevine Database"
  WriteRegStr HKCR "Grapevine.Database\DefaultIcon" "" "$INSTDIR\bin\grapevine.exe,0"
  WriteRegStr HKCR "Grapevine.Database\shell\open\command" "" '"$INSTDIR\bin\grapevine.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
