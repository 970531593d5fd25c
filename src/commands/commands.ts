/**
 * The function file of the ribbon (commands.html). The «Мониторинг» button opens the task
 * pane through the manifest's ShowTaskpane action, so no command function is needed yet;
 * this file only initialises Office.js as Office requires of a FunctionFile.
 *
 * Example:
 *   // manifest.xml: <FunctionFile resid="Commands.Url"/> → https://localhost:3000/commands.html
 */

Office.onReady(() => {
  // Nothing to register: the ribbon button is a ShowTaskpane action.
});
