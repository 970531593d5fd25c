/**
 * A message for the user as a Fluent MessageBar: an error (announced assertively) or a plain
 * notice. Remounted per message (`key`) so that each new one is announced.
 *
 * Example:
 *   <Notice intent="error" title="Ошибка" text="Лист «Лист1» защищён: …" onDismiss={clear} />
 */

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export interface NoticeProps {
  intent: 'error' | 'success' | 'info' | 'warning';
  title?: string;
  text: string;
  onDismiss?: () => void;
}

export function Notice({ intent, title, text, onDismiss }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {text}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button appearance="transparent" size="small" onClick={onDismiss}>
            Закрыть
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
