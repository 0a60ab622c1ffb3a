// Starts Web Chat against this host's own Direct Line (/v3/directline), polling only.
// The user id is not passed to renderWebChat: Web Chat takes it from the token's "user" claim.
(async () => {
  'use strict';
  const status = document.getElementById('status');
  const storageKey = 'newsbot.directline';

  async function postJson(url) {
    const response = await fetch(url, { method: 'POST' });
    if (!response.ok) {
      throw new Error(`${url} answered ${response.status}`);
    }
    return response.json();
  }

  // The conversation survives a reload (or a trip to a source page and back): its id and token are kept for this tab,
  // and DirectLineJS reconnects with them. A token that no longer works means a new conversation.
  async function connect() {
    const saved = JSON.parse(sessionStorage.getItem(storageKey) || 'null');
    if (saved) {
      const refreshed = await fetch('/v3/directline/tokens/refresh', { method: 'POST', headers: { Authorization: 'Bearer ' + saved.token } });
      if (refreshed.ok) {
        const { token } = await refreshed.json();
        const alive = await fetch('/v3/directline/conversations/' + encodeURIComponent(saved.conversationId), { headers: { Authorization: 'Bearer ' + token } });
        if (alive.ok) {
          return { token, conversationId: saved.conversationId, resumed: true };
        }
      }
    }
    const { token, conversationId } = await postJson('/v3/directline/tokens/generate');
    return { token, conversationId, resumed: false };
  }

  // Web Chat shows an informative typing activity ("Searching the articles…") only as typing dots; the step is
  // shown as text under the chat until the answer (or its streamed draft) arrives. An answer ready before the next
  // poll arrives without its typing activities (Direct Line does not replay them), and then there is nothing to show.
  // window.progressSteps lists each step received and shown, for the browser test.
  function progressMiddleware() {
    const progress = document.getElementById('progress');
    window.progressSteps = [];
    return () => next => action => {
      if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
        const activity = action.payload.activity;
        const fromBot = activity.from && activity.from.role === 'bot';
        const informative = activity.type === 'typing' && activity.channelData && activity.channelData.streamType === 'informative';
        if (fromBot && informative && typeof activity.text === 'string') {
          progress.textContent = activity.text;
          window.progressSteps.push({ received: activity.text, shown: progress.textContent });
        } else if (fromBot && (activity.type === 'message' || typeof activity.text === 'string')) {
          progress.textContent = '';
        }
      }
      return next(action);
    };
  }

  function initials(name) {
    return name.split(/\s+/).filter(Boolean).map(word => word[0].toUpperCase()).slice(0, 2).join('');
  }

  try {
    const config = await (await fetch('/config')).json();
    document.title = config.botName;
    document.getElementById('bot-name').textContent = config.botName;

    const { token, conversationId, resumed } = await connect();
    sessionStorage.setItem(storageKey, JSON.stringify({ token, conversationId }));
    const directLine = window.WebChat.createDirectLine({
      domain: location.origin + '/v3/directline', token, webSocket: false, pollingInterval: 500,
      ...(resumed ? { conversationId } : {}) });
    // DirectLineJS refreshes its token every 15 minutes; keep the newest one, so a reload after the first token
    // expired still resumes this conversation.
    const save = () => sessionStorage.setItem(storageKey, JSON.stringify({ token: directLine.token || token, conversationId }));
    window.addEventListener('pagehide', save);
    setInterval(save, 60000);
    // The welcome message offers the examples as suggested actions, so the page does not list them again.
    const store = window.WebChat.createStore({}, progressMiddleware());

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
        // Wrapped rows of buttons: the carousel's flippers sat over the first and last suggestion.
        suggestedActionLayout: 'flow',
        primaryFont: 'Georgia, "Times New Roman", serif',
        rootHeight: '100%'
      }
    }, document.getElementById('webchat'));
    document.querySelector('#webchat input, #webchat textarea')?.focus();
  } catch (error) {
    status.textContent = 'The chat could not start: ' + error.message + '. Reload the page to try again.';
  }
})();
