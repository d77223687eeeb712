import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The heading of a wizard step. Focus moves to it whenever the step changes, so a keyboard or
 * screen-reader user starts reading the new step at its top instead of at a button that vanished.
 */
export function StepHeading(props: { stepKey: string; children: ComponentChildren; hint?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [props.stepKey]);
  return (
    <div class="dk-step-head">
      <h2 class="dk-step-title" tabIndex={-1} ref={ref} data-step={props.stepKey}>
        {props.children}
      </h2>
      {props.hint ? <p class="dk-hint">{props.hint}</p> : null}
    </div>
  );
}
