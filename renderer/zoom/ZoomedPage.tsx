import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** Per cent. */
  zoom: number;
  pageView: boolean;
  children: ReactNode;
}

/**
 * The page at a zoom. In the page view the page is scaled as a whole (a CSS transform), never laid out
 * again, so every line keeps its 28 characters and the breaks stay where the print has them; the
 * wrapper takes the scaled size so the scroller scrolls over the page as it looks. The plain view has
 * no page to keep, so its text is simply zoomed (and reflows).
 */
export function ZoomedPage({ zoom, pageView, children }: Props) {
  const page = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const scale = zoom / 100;
  const scaled = pageView && zoom !== 100;

  useLayoutEffect(() => {
    const el = page.current;
    if (!scaled || !el) return;
    // offsetWidth/Height are the unscaled layout size: transforms do not change them.
    const measure = () => setSize({ width: el.offsetWidth, height: el.offsetHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [scaled]);

  const wrapperStyle = scaled && size ? { width: size.width * scale, height: size.height * scale } : undefined;
  const pageStyle = scaled ? { transform: `scale(${scale})` } : !pageView && zoom !== 100 ? { zoom: scale } : undefined;
  return (
    <div className="page-zoom" style={wrapperStyle}>
      <div className="page" ref={page} style={pageStyle}>
        {children}
      </div>
    </div>
  );
}
