import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTexts } from '../../lib/i18n';
import { TEXTS } from './messages';

/** The browser's own QR reader (Chrome on Android, Safari 17+), where it exists. */
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

type Decoder = (video: HTMLVideoElement, canvas: HTMLCanvasElement) => Promise<string | null>;

/** BarcodeDetector when present, else jsQR on frames drawn to a canvas (loaded only then). */
async function makeDecoder(): Promise<Decoder> {
  const native = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (native) {
    const detector = new native({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import('jsqr');
  return async (video, canvas) => {
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (!width || !height) {
      return null;
    }
    // A smaller frame decodes several times faster and a badge fills much of the picture.
    const scale = Math.min(1, 640 / Math.max(width, height));
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) {
      return null;
    }
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}

/** Loads the fallback decoder while the network is there, so it is cached for offline use. */
export function warmUpDecoder(): Promise<unknown> {
  return 'BarcodeDetector' in globalThis ? Promise.resolve() : import('jsqr');
}

/** Scans QR badges with the back camera; the same code is reported at most once per 3 s. */
export function Scanner({ onCode }: { onCode: (code: string) => void }): ReactNode {
  const t = useTexts(TEXTS);
  const [active, setActive] = useState(false);
  const [problem, setProblem] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const report = useRef(onCode);
  report.current = onCode;

  useEffect(() => {
    if (!active) {
      return;
    }
    let stopped = false;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = { code: '', at: 0 };
    void (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) {
          throw new Error('no camera');
        }
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        const decode = await makeDecoder();
        if (stopped || !video.current) {
          return;
        }
        video.current.srcObject = stream;
        await video.current.play();
        const tick = async (): Promise<void> => {
          if (stopped || !video.current || !canvas.current) {
            return;
          }
          try {
            const code = await decode(video.current, canvas.current);
            const now = Date.now();
            if (code && (code !== last.code || now - last.at > 3000)) {
              last = { code, at: now };
              report.current(code);
            }
          } catch {
            // A frame that cannot be read: try the next one.
          }
          timer = setTimeout(() => void tick(), 200);
        };
        void tick();
      } catch {
        if (!stopped) {
          setProblem(true);
          setActive(false);
        }
      }
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [active]);

  return (
    <section className="ci-scanner" aria-labelledby="ci-scanner-title">
      <h2 id="ci-scanner-title">{t('scanTitle')}</h2>
      {active ? (
        <>
          <video ref={video} className="ci-video" muted playsInline aria-label={t('cameraView')} />
          <canvas ref={canvas} hidden />
          <button type="button" className="secondary" onClick={() => setActive(false)}>
            {t('stopCamera')}
          </button>
        </>
      ) : (
        <button
          type="button"
          onClick={() => {
            setProblem(false);
            setActive(true);
          }}
        >
          {t('startCamera')}
        </button>
      )}
      {problem && <p className="ci-hint">{t('cameraUnavailable')}</p>}
    </section>
  );
}
