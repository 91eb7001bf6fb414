/** Opening the panel differs: Chrome has chrome.sidePanel, Firefox has sidebarAction. */

interface SidebarAction {
  open(): Promise<void>;
}

function firefoxSidebar(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

/** Must be called while the user gesture is still alive (before any await). */
export async function openSidePanel(tabId: number): Promise<void> {
  try {
    if (browser.sidePanel) await browser.sidePanel.open({ tabId });
    else await firefoxSidebar()?.open();
  } catch (error) {
    // Without a user gesture (e.g. a message from a script-triggered click) the browser refuses; the
    // review is still stored, and the panel shows it when the agent opens it from the toolbar.
    console.warn('Tactful: the side panel could not be opened automatically:', error);
  }
}

export function enableActionOpensPanel(): void {
  if (browser.sidePanel) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.warn('Tactful: cannot make the toolbar button open the panel:', error);
    });
  } else {
    browser.action.onClicked.addListener(() => {
      void firefoxSidebar()?.open();
    });
  }
}
