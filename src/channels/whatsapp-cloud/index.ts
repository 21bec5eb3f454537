// The official WhatsApp channel on Meta's Cloud API: what `serve` starts when WHATSAPP_CLOUD_* are set.
export { WhatsAppCloudAdapter, type WhatsAppCloudOptions, type WhatsAppCloudSettings } from './adapter.ts';
