import { beforeEach } from 'vitest';
import { useLanguage } from './i18n';

// Every unit test reads the real English messages unless it switches language itself.
useLanguage('en-US');
beforeEach(() => useLanguage('en-US'));
