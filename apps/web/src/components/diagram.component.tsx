import { useEffect, useRef, useState } from 'preact/hooks';

let counter = 0;

/** A Mermaid diagram, with mermaid loaded only when a diagram is first shown (it is most of the bundle). */
export function Diagram({ source, title }: { source: string; title: string }) {
  const host = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    import('mermaid')
      .then(async ({ default: mermaid }) => {
        mermaid.initialize({
          startOnLoad: false,
          securityLevel: 'strict',
          theme: 'neutral',
          fontFamily: 'inherit',
        });
        const { svg } = await mermaid.render(`diagram-${++counter}`, source);
        if (live && host.current) host.current.innerHTML = svg;
      })
      .catch(() => live && setError('Không vẽ được sơ đồ quy trình.'));
    return () => {
      live = false;
    };
  }, [source]);
  return (
    <figure class="diagram">
      <div ref={host} role="img" aria-label={title} class="diagram-host" />
      {error && <p class="error-text">{error}</p>}
      <figcaption class="muted">{title}</figcaption>
    </figure>
  );
}
