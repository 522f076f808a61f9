import { describe, expect, it } from '@jest/globals';
import { ReadinessService } from './readiness.service.js';

describe('ReadinessService', () => {
  it('is starting until the application has bootstrapped, then ready', () => {
    const readiness = new ReadinessService();
    expect(readiness.state).toBe('starting');
    readiness.onApplicationBootstrap();
    expect(readiness.state).toBe('ready');
  });

  it('drains from the signal on and never becomes ready again', () => {
    const readiness = new ReadinessService();
    readiness.drain();
    readiness.onApplicationBootstrap();
    expect(readiness.state).toBe('draining');
  });
});
