// Jest setup shared by every test: accessibility matchers (toBeAccessible) from sa11y.
import { registerSa11yMatcher } from '@sa11y/jest';

registerSa11yMatcher();
