// Prints the cells of a sheet of a workbook: node sheettext.js file.xlsx "Sheet" [maxRows]
// The sixth set's script (this file was that one to the byte); it reads the same arguments.
require('../round6/sheettext.js');
