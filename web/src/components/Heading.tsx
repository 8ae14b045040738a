export type HeadingLevel = 2 | 3 | 4;

/** A heading whose level the caller chooses, so a component keeps the page outline intact. */
export function Heading({
  level,
  className,
  children,
}: {
  level: HeadingLevel;
  className?: string;
  children: React.ReactNode;
}) {
  const Tag = `h${level}` as const;
  return <Tag className={className}>{children}</Tag>;
}
