// Starts Web Chat against this host's own Direct Line (/v3/directline), polling only.
// The user id is not passed to renderWebChat: Web Chat takes it from the token's "user" claim.
(async () => {
  'use strict';
  const status = document.getElementById('status');

  async function postJson(url) {
    const response = await fetch(url, { method: 'POST' });
    if (!response.ok) {
      throw new Error(`${url} answered ${response.status}`);
    }
    return response.json();
  }

  function showExamples(examples, store) {
    const nav = document.getElementById('examples');
    for (const question of examples) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = question;
      button.addEventListener('click', () => store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: question } }));
      nav.appendChild(button);
    }
  }

  function initials(name) {
    return name.split(/\s+/).filter(Boolean).map(word => word[0].toUpperCase()).slice(0, 2).join('');
  }

  try {
    const config = await (await fetch('/config')).json();
    document.title = config.botName;
    document.getElementById('bot-name').textContent = config.botName;

    const { token } = await postJson('/v3/directline/tokens/generate');
    const directLine = window.WebChat.createDirectLine({
      domain: location.origin + '/v3/directline', token, webSocket: false, pollingInterval: 500 });
    const store = window.WebChat.createStore();
    showExamples(config.examples, store);

    window.WebChat.renderWebChat({
      directLine,
      store,
      locale: 'en-US',
      styleOptions: {
        botAvatarInitials: initials(config.botName),
        userAvatarInitials: 'You',
        hideUploadButton: true,
        accent: '#a4161a',
        bubbleBorderRadius: 4,
        bubbleFromUserBorderRadius: 4,
        bubbleFromUserBackground: '#f3ece4',
        suggestedActionBorderRadius: 4,
        primaryFont: 'Georgia, "Times New Roman", serif',
        rootHeight: '100%'
      }
    }, document.getElementById('webchat'));
    document.querySelector('#webchat input, #webchat textarea')?.focus();
  } catch (error) {
    status.textContent = 'The chat could not start: ' + error.message + '. Reload the page to try again.';
  }
})();
