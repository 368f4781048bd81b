import { useRef, useState } from 'preact/hooks';
import { fromScan } from './citizen.text';

interface Detector {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
type DetectorClass = new (options: { formats: string[] }) => Detector;

const detectorClass = (): DetectorClass | undefined =>
  (globalThis as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;

/** The code and key, typed; where the browser can read QR codes (BarcodeDetector), a scan button too. */
export function LookupForm(props: {
  initial: { code: string; key: string };
  busy: boolean;
  onSearch: (code: string, key: string) => void;
}) {
  const [code, setCode] = useState(props.initial.code);
  const [key, setKey] = useState(props.initial.key);
  const [scanning, setScanning] = useState(false);
  const video = useRef<HTMLVideoElement>(null);

  const scan = async () => {
    const Detector = detectorClass();
    if (!Detector) return;
    setScanning(true);
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    try {
      const player = video.current!;
      player.srcObject = stream;
      await player.play();
      const detector = new Detector({ formats: ['qr_code'] });
      for (let tries = 0; tries < 300; tries++) {
        const found = fromScan((await detector.detect(player))[0]?.rawValue ?? '');
        if (found) {
          setCode(found.code);
          setKey(found.key);
          if (found.key) props.onSearch(found.code, found.key);
          return;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      stream.getTracks().forEach((t) => t.stop());
      setScanning(false);
    }
  };

  return (
    <form
      class="lookup"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSearch(code.trim(), key.trim());
      }}
    >
      <label>
        Mã hồ sơ
        <input
          value={code}
          required
          autocomplete="off"
          placeholder="000.01.52.H38-261123-0001"
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </label>
      <label>
        Mã tra cứu
        <input
          value={key}
          required
          autocomplete="off"
          autocapitalize="characters"
          onInput={(e) => setKey(e.currentTarget.value)}
        />
      </label>
      <div class="buttons">
        <button type="submit" disabled={props.busy}>
          {props.busy ? 'Đang tra cứu…' : 'Tra cứu'}
        </button>
        {detectorClass() && (
          <button
            type="button"
            class="secondary"
            disabled={scanning}
            onClick={() => void scan().catch(() => setScanning(false))}
          >
            Quét mã QR
          </button>
        )}
      </div>
      <video ref={video} class={scanning ? 'scanner' : 'hidden'} muted playsInline />
    </form>
  );
}
