import { useState } from 'preact/hooks';

/** A drop zone with a file picker: several PDF, JPEG or PNG files at once. */
export function FileDrop({
  id,
  label,
  busy,
  onFiles,
}: {
  id: string;
  label: string;
  busy: boolean;
  onFiles: (files: File[]) => void;
}) {
  const [over, setOver] = useState(false);
  const take = (list: FileList | null | undefined) => {
    const files = Array.from(list ?? []);
    if (files.length > 0) onFiles(files);
  };
  return (
    <div
      class={`file-drop${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files);
      }}
    >
      <label for={id}>{label}</label>
      <input
        id={id}
        type="file"
        multiple
        disabled={busy}
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      <small class="muted">Kéo thả tệp vào đây hoặc chọn tệp (PDF, JPEG, PNG).</small>
    </div>
  );
}
