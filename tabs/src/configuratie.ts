/**
 * The configuration page of the channel tab: nothing to choose (the channel's binding decides the schakelteam), so
 * saving is allowed at once and stores the content URL of the schakelteam view.
 */
import { app, pages } from '@microsoft/teams-js';

async function start(): Promise<void> {
  const status = document.getElementById('status');
  try {
    await app.initialize([window.location.origin]);
  } catch {
    if (status) status.textContent = 'Deze pagina werkt alleen in Microsoft Teams, bij het toevoegen van een tabblad.';
    return;
  }
  const basis = `${window.location.origin}/tabs/index.html`;
  pages.config.registerOnSaveHandler((opslaan) => {
    void pages.config
      .setConfig({ entityId: 'schakelteam-cijfers', contentUrl: `${basis}?weergave=schakelteam`, websiteUrl: `${basis}?weergave=schakelteam`, suggestedDisplayName: 'Cijfers schakelteam' })
      .then(() => opslaan.notifySuccess())
      .catch(() => opslaan.notifyFailure('Opslaan mislukt'));
  });
  pages.config.setValidityState(true);
  app.notifySuccess();
}

void start();
