import { warmUpDecoder } from './Scanner';

/**
 * Registers the service worker (only this app does) and hands it the addresses of the
 * scripts and styles this page loaded: they came before the worker was there, and the app
 * must open offline from the very next visit. Resolves true once they are cached.
 */
export async function registerServiceWorker(): Promise<boolean> {
  if (!('serviceWorker' in navigator)) {
    return false;
  }
  try {
    try {
      await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    } catch (error) {
      // Offline, the worker script cannot be fetched for its update check: the installed one still serves.
      if (!navigator.serviceWorker.controller) {
        throw error;
      }
    }
    const registration = await navigator.serviceWorker.ready;
    await warmUpDecoder();
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).origin === location.origin && new URL(url).pathname.startsWith('/assets/'));
    const worker = registration.active;
    if (!worker) {
      return false;
    }
    return await new Promise<boolean>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (message: MessageEvent<{ cached?: boolean }>) => resolve(!!message.data.cached);
      worker.postMessage({ type: 'cache-assets', urls }, [channel.port2]);
      setTimeout(() => resolve(false), 10_000);
    });
  } catch {
    return false;
  }
}
