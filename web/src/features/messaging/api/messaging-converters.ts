import { messageSchema, threadSchema, typingSchema } from '@koers/domain';
import { zodConverter } from '../../../lib/firestore';

export const threadConverter = zodConverter(threadSchema);
export const messageConverter = zodConverter(messageSchema);
export const typingConverter = zodConverter(typingSchema);
