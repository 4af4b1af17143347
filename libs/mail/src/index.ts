export * from './mail-transport';
export * from './nodemailer.transport';
