  DeleteRegKey HKCR ".grapevine"
  DeleteRegValue HKCR ".sqlite\OpenWithProgids" "Grapevine.Database"
  DeleteRegKey HKCR "Grapevine.Database"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
