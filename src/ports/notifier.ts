/** Something people should hear about. `key` deduplicates: the same key is never sent twice. */
export interface Notification {
  readonly key: string;
  readonly release: string;
  readonly kind: 'task-pass' | 'task-fail' | 'red' | 'green' | 'gate' | 'waiting' | 'stuck' | 'alert' | 'deadline';
  readonly text: string;
  /** Mention the owner (failures). */
  readonly mentionOwner?: boolean;
  /** News for the whole channel (Red, Green): a reply in the release's thread is posted to the channel too. */
  readonly broadcast?: boolean;
  readonly owner?: string;
  /** Where people look next; notifiers that can render them as links (Slack). */
  readonly links?: NotificationLinks;
}

/** Links a message carries, each an absolute http(s) URL. */
export interface NotificationLinks {
  /** The workflow run that sent the message. */
  readonly run?: string;
  /** The release's StateBox at the commit that recorded the message. */
  readonly statebox?: string;
  /** The job of the task the message is about, when it has one. */
  readonly job?: string;
}

export interface NotifyResult {
  /** Slack thread of the release, to be kept in the StateBox. */
  readonly thread?: string;
}

/** Slack and the like. A failure is reported by the caller as a warning, never fails the run. */
export interface Notifier {
  notify(message: Notification, thread: string | undefined): Promise<NotifyResult>;
}
