import { useRef } from 'react';
import { Button, type ButtonProps } from '@fluentui/react-components';

export interface FileChooserButtonProps {
  label: string;
  /** The file input's `accept`: extensions and MIME types the picker offers. */
  accept: string;
  testId: string;
  multiple?: boolean;
  disabled?: boolean;
  size?: ButtonProps['size'];
  onFiles: (files: File[]) => void;
}

/**
 * A button that opens the system file picker. The input is cleared after each choice so that
 * choosing the same file again (after fixing it) is still reported.
 */
export function FileChooserButton(props: FileChooserButtonProps): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button size={props.size} disabled={props.disabled} onClick={() => input.current?.click()}>
        {props.label}
      </Button>
      <input
        ref={input}
        style={{ display: 'none' }}
        type="file"
        multiple={props.multiple}
        accept={props.accept}
        data-testid={props.testId}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </>
  );
}
